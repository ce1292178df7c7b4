<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../trainer/ui/app.py" line="194"/>
        <source>Trainer cannot use its data folder:
{path}

{reason}

Choose another folder with --data-dir or the TRAINER_DATA_DIR variable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../trainer/ui/controller.py" line="282"/>
        <source>{mastered} mastered, {learning} learning, {new} new of {items}; average recall {recall}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/controller.py" line="376"/>
        <source>Quit Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/controller.py" line="378"/>
        <source>You are in the middle of a quiz. Your answers so far are saved, and you can resume the quiz next time. Quit now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/controller.py" line="409"/>
        <source>Something went wrong and Trainer could not finish. Your progress is saved; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/controller.py" line="417"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/controller.py" line="420"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../trainer/ui/workshop/stage_audience.py" line="102"/>
        <source>Workshop — audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_audience.py" line="171"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_audience.py" line="265"/>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_audience.py" line="283"/>
        <source>Answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_audience.py" line="286"/>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_audience.py" line="326"/>
        <source>Time!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="51"/>
        <location filename="../../trainer/ui/backups_screen.py" line="100"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="55"/>
        <source>Trainer keeps copies of your progress: every few minutes while you study and when you close it. Restoring one brings your progress back to that moment; your progress now is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="62"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="62"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="62"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="63"/>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="75"/>
        <source>No backups yet. Trainer makes the first one a few minutes after you study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="83"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="84"/>
        <source>Save a copy of your progress now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="86"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="87"/>
        <source>Bring your progress back to the chosen backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="89"/>
        <source>&amp;Open backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="91"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="124"/>
        <source>Folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="150"/>
        <source>In bold: the backup with your newest progress, made on {when}. Restore this one if your progress was damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="186"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="187"/>
        <source>Restore the backup made on {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="190"/>
        <source>Your progress goes back to that moment: answers given after it will no longer count.

Nothing is lost: your progress as it is now is first saved as a backup (&quot;Before a restore&quot; in this list), so you can restore it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="196"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPresenter</name>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="55"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="57"/>
        <source>Kept from before a fresh start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="59"/>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="61"/>
        <source>Made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="62"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="63"/>
        <source>Before deleting a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="113"/>
        <source>Backup made: {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="122"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="134"/>
        <source>Your progress is back to {when}. Your progress from before the restore is kept as the backup &quot;Before a restore&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="193"/>
        <source>Progress database missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="196"/>
        <source>Your progress database is missing, but there are backups of your progress. It may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="201"/>
        <source>Progress database damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="204"/>
        <source>Trainer cannot open your progress database. It may have been damaged, for example when the laptop lost power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="210"/>
        <source>The backup in good order with your newest progress was made on {when}. Restore it to go on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="214"/>
        <source>None of the backups can be read: they are damaged too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="216"/>
        <source>There is no backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="218"/>
        <source>The damaged file is not deleted: Trainer renames it and leaves it in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="224"/>
        <source>&amp;Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="227"/>
        <source>&amp;Start with no progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="229"/>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="255"/>
        <source>Your progress was restored from the backup made on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="260"/>
        <source>Trainer starts again with no progress. Your earlier backups are kept for good: File ▸ Backups… can restore one later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="265"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="269"/>
        <source>The damaged file was kept as:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BanksScreen</name>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="37"/>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="37"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="37"/>
        <source>Study items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="37"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="39"/>
        <source>Loaded banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="50"/>
        <source>Errors in broken banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="53"/>
        <source>&amp;Open my bank folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="54"/>
        <source>Put your own bank files (.yaml) in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="56"/>
        <source>Re&amp;load banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="57"/>
        <source>Read the bank files again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="59"/>
        <source>Ho&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="60"/>
        <source>Back to the home screen (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="68"/>
        <source>Question banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="79"/>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="79"/>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/banks_screen.py" line="97"/>
        <source>%n study item(s)</source>
        <translation>
            <numerusform>%n study item</numerusform>
            <numerusform>%n study items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/banks_screen.py" line="99"/>
        <source>%n bank(s)</source>
        <translation>
            <numerusform>%n bank</numerusform>
            <numerusform>%n banks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/banks_screen.py" line="105"/>
        <source>%n problem(s) in broken banks (file:line:column):</source>
        <translation>
            <numerusform>%n problem in broken banks (file:line:column):</numerusform>
            <numerusform>%n problems in broken banks (file:line:column):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="107"/>
        <source>No problems found in the bank files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="109"/>
        <source>Your bank folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuilderPresenter</name>
    <message numerus="yes">
        <source>Exported %n result row(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n result row to {path}.</numerusform>
            <numerusform>Exported %n result rows to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n question(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n question to {path}.</numerusform>
            <numerusform>Exported %n questions to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuilderWindow</name>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="78"/>
        <source>Workshop builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="80"/>
        <source>Unfinished workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="82"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="89"/>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="151"/>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="243"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="96"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="98"/>
        <source>Speed bonus (up to half the points again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="101"/>
        <source>New seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="106"/>
        <source>&amp;Build the question list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="109"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="110"/>
        <source>Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="111"/>
        <source>Time per question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="112"/>
        <source>Points per question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="114"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="90"/>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="117"/>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="215"/>
        <source>Banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="91"/>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="118"/>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="216"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="93"/>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="119"/>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="217"/>
        <source>Kinds of question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="100"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="127"/>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="138"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="128"/>
        <source>S&amp;wap the selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="131"/>
        <source>One team per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="132"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="135"/>
        <source>&amp;Start the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="141"/>
        <source>Teams (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="180"/>
        <source>The banks are still loading; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="196"/>
        <source>{title} — question {n} of {total}, {teams} teams, {answers} answers, last used {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="220"/>
        <source>Tick at least one entry in {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="264"/>
        <source>{n}. (not in the loaded banks: {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="276"/>
        <source>Not in the loaded banks (skipped): {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="281"/>
        <source>{n} questions ready (seed {seed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="305"/>
        <source>Select a question in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="324"/>
        <source>Build the question list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="327"/>
        <source>Add at least one team (one name per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="362"/>
        <source>Running “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="373"/>
        <source>“{title}” has finished: its results can be exported here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_builder.py" line="400"/>
        <source>Something went wrong; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClozeAnswer</name>
    <message>
        <location filename="../../trainer/ui/widgets/answer_widgets.py" line="233"/>
        <source>Blank {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="53"/>
        <source>Workshop — console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="79"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="85"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="89"/>
        <source>Teams: press 1–9, then a letter for the answer (or + right, − wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="98"/>
        <source>Start (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="99"/>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="100"/>
        <source>Reveal (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="101"/>
        <source>Previous (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="102"/>
        <source>Next (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="103"/>
        <source>Leaderboard (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="104"/>
        <source>Hide console (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="112"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="130"/>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="137"/>
        <source>Right answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="139"/>
        <source>(this is the last question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="159"/>
        <source>✓ Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="160"/>
        <source>✗ Wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="177"/>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="178"/>
        <source>wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="179"/>
        <source>partly right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="192"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="194"/>
        <source>{points} pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="197"/>
        <source>Mark {team} right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="198"/>
        <source>Mark {team} wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../trainer/ui/crash.py" line="17"/>
        <source>Something went wrong, and Trainer could not finish what it was doing. Your progress up to the last answer is saved.

The details were written to:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/crash.py" line="45"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/crash.py" line="49"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../../trainer/core/export_formats.py" line="79"/>
        <source>Moodle GIFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/core/export_formats.py" line="86"/>
        <source>Moodle XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/core/export_formats.py" line="93"/>
        <source>Anki package (.apkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/core/export_formats.py" line="99"/>
        <source>Results (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../trainer/ui/workshop/stage_files.py" line="37"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_files.py" line="39"/>
        <source>Sa&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_files.py" line="42"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_files.py" line="43"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_files.py" line="44"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_files.py" line="45"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_files.py" line="50"/>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_files.py" line="51"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_files.py" line="89"/>
        <source>Open a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_files.py" line="90"/>
        <location filename="../../trainer/ui/workshop/stage_files.py" line="99"/>
        <source>Workshop files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_files.py" line="98"/>
        <source>Save the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_files.py" line="107"/>
        <source>Print to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_files.py" line="108"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_files.py" line="117"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_files.py" line="153"/>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_files.py" line="182"/>
        <source>Printed the handouts to {path} and the answer keys to {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/workshop/stage_files.py" line="220"/>
        <source>Exported %n result row(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n result row to {path}.</numerusform>
            <numerusform>Exported %n result rows to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/workshop/stage_files.py" line="222"/>
        <source>Exported %n question(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n question to {path}.</numerusform>
            <numerusform>Exported %n questions to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_files.py" line="192"/>
        <source>Build the question list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_files.py" line="195"/>
        <source>No workshop has been run yet: there are no results to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_files.py" line="224"/>
        <source>not exported: {line}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../../trainer/ui/first_run.py" line="31"/>
        <source>Welcome to Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/first_run.py" line="34"/>
        <source>Trainer helps you learn about international migration governance with flashcards and quizzes. Type your name and choose what to study; you can change both later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/first_run.py" line="40"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/first_run.py" line="41"/>
        <source>e.g. Amina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/first_run.py" line="46"/>
        <source>Banks to study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/first_run.py" line="47"/>
        <source>Space ticks or unticks the selected bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/first_run.py" line="48"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/first_run.py" line="50"/>
        <source>&amp;Banks to study:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/first_run.py" line="59"/>
        <source>&amp;Start studying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/first_run.py" line="60"/>
        <source>Create your profile and start (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/first_run.py" line="79"/>
        <source>{title} ({n} items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/first_run.py" line="98"/>
        <source>Please type your name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/first_run.py" line="102"/>
        <source>Tick at least one bank to study.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../trainer/ui/home.py" line="45"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="48"/>
        <source>Migration governance: IOM, the Global Migration Group and HLD 2013</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="52"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="55"/>
        <location filename="../../trainer/ui/home.py" line="154"/>
        <source>Loading question banks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="59"/>
        <source>&amp;Study now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="60"/>
        <source>Study the cards due today and new ones (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="63"/>
        <source>Take a &amp;quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="64"/>
        <source>Choose and take a quiz (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="66"/>
        <source>&amp;Resume the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="67"/>
        <source>Continue the quiz you left unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="72"/>
        <source>A workshop was left unfinished: open the workshop window to resume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="76"/>
        <source>&amp;Weak spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="78"/>
        <source>Go over the items you know least, or the ones you got wrong lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="81"/>
        <source>&amp;Weakest items (lowest recall first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="83"/>
        <source>My &amp;mistakes of the last 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="86"/>
        <source>See &amp;progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="87"/>
        <source>Charts of your progress (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="104"/>
        <source>Bank and topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="104"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="104"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="104"/>
        <location filename="../../trainer/ui/home.py" line="164"/>
        <source>Mastered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="106"/>
        <source>Banks and topics with due, new and mastered items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="108"/>
        <source>Enter or a double-click studies only that bank or topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="122"/>
        <source>Re&amp;load banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="123"/>
        <source>Read the bank files again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="172"/>
        <source>Hello, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/home.py" line="173"/>
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n day in a row</numerusform>
            <numerusform>%n days in a row</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="178"/>
        <source>Due today: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="179"/>
        <source>New today: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="187"/>
        <source>Resume the wor&amp;kshop “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="224"/>
        <source>Some banks could not be loaded (see Banks, Ctrl+5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/home.py" line="228"/>
        <source>{first} … and %n more</source>
        <translation>
            <numerusform>{first} … and %n more</numerusform>
            <numerusform>{first} … and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="vanished">
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="72"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="77"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="88"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="89"/>
        <source>&amp;Reload banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="97"/>
        <source>&amp;Workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="101"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="102"/>
        <source>See, make and restore backups of your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="106"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="111"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="114"/>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="115"/>
        <source>&amp;Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="116"/>
        <source>&amp;Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="117"/>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="118"/>
        <source>&amp;Banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="119"/>
        <source>P&amp;rofiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="120"/>
        <source>S&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="129"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="130"/>
        <source>&amp;About Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="206"/>
        <source>About Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="208"/>
        <source>Trainer {version}

Offline flashcards and quizzes on international migration governance: IOM, the Global Migration Group and the 2013 UN High-level Dialogue on Migration and Development.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingAnswer</name>
    <message>
        <location filename="../../trainer/ui/widgets/arrange_answers.py" line="120"/>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/arrange_answers.py" line="123"/>
        <source>Match for: {left}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumericAnswer</name>
    <message>
        <location filename="../../trainer/ui/widgets/answer_widgets.py" line="169"/>
        <source>Your answer (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/answer_widgets.py" line="170"/>
        <source>a number, e.g. 1,600</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderingAnswer</name>
    <message>
        <location filename="../../trainer/ui/widgets/arrange_answers.py" line="36"/>
        <source>Entries to put in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/arrange_answers.py" line="37"/>
        <source>Drag, or use Alt+Up and Alt+Down to move the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/arrange_answers.py" line="40"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/arrange_answers.py" line="41"/>
        <source>Move the selected entry up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/arrange_answers.py" line="42"/>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/arrange_answers.py" line="43"/>
        <source>Move the selected entry down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesScreen</name>
    <message>
        <location filename="../../trainer/ui/profiles.py" line="36"/>
        <location filename="../../trainer/ui/profiles.py" line="72"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/profiles.py" line="40"/>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/profiles.py" line="41"/>
        <source>Name for a new profile, or a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/profiles.py" line="42"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/profiles.py" line="44"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/profiles.py" line="45"/>
        <source>Create a profile with this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/profiles.py" line="47"/>
        <source>S&amp;witch to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/profiles.py" line="48"/>
        <source>Study as the selected profile (Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/profiles.py" line="50"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/profiles.py" line="51"/>
        <source>Give the selected profile the name typed above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/profiles.py" line="53"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/profiles.py" line="55"/>
        <source>Delete the selected profile and its progress (asks twice; a backup is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/profiles.py" line="58"/>
        <source>Ho&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/profiles.py" line="85"/>
        <source>(current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/profiles.py" line="129"/>
        <location filename="../../trainer/ui/profiles.py" line="138"/>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/profiles.py" line="130"/>
        <source>Delete the profile “{name}” and all its progress?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/profiles.py" line="140"/>
        <source>Are you sure? “{name}” and its reviews and quizzes will be gone. A backup of the database is made first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <location filename="../../trainer/ui/progress.py" line="88"/>
        <source>Accuracy per day (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="89"/>
        <source>Reviews per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="90"/>
        <source>Mastery per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="91"/>
        <source>Due in the next 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="93"/>
        <source>Progress charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="94"/>
        <source>Ctrl+Tab shows the next chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="98"/>
        <source>&amp;Mastery per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="99"/>
        <source>&amp;Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="100"/>
        <source>&amp;Reviews per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="101"/>
        <source>&amp;Due forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="102"/>
        <source>Ho&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="103"/>
        <source>Back to the home screen (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="109"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/progress.py" line="118"/>
        <source>Streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Streak: %n day in a row</numerusform>
            <numerusform>Streak: %n days in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/progress.py" line="120"/>
        <source>%n review(s) in the last %1 days</source>
        <translation>
            <numerusform>%n review in the last %1 days</numerusform>
            <numerusform>%n reviews in the last %1 days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="127"/>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="130"/>
        <source>{day}: no reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="132"/>
        <source>{day}: {n}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="137"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/progress.py" line="140"/>
        <source>{day}: %n review(s)</source>
        <translation>
            <numerusform>{day}: %n review</numerusform>
            <numerusform>{day}: %n reviews</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="146"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/progress.py" line="150"/>
        <source>{day}: %n due</source>
        <translation>
            <numerusform>{day}: %n due</numerusform>
            <numerusform>{day}: %n due</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="220"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="220"/>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="220"/>
        <source>Mastered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="242"/>
        <source>{topic}: {m} mastered, {l} learning, {n} new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLabel</name>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="53"/>
        <source>Space ticks or unticks the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizPresenter</name>
    <message>
        <location filename="../../trainer/ui/quiz_presenter.py" line="100"/>
        <source>Tick at least one entry in {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_presenter.py" line="103"/>
        <source>Tick at least one kind of question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_presenter.py" line="173"/>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_presenter.py" line="193"/>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_presenter.py" line="195"/>
        <source>Partly right ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_presenter.py" line="197"/>
        <source>Not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_presenter.py" line="209"/>
        <source>Answer first, or skip this question (Alt+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_presenter.py" line="274"/>
        <source>This is the only question left: answer it, or finish the quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_presenter.py" line="289"/>
        <source>Time left: {m}:{s:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_presenter.py" line="329"/>
        <source>Finish the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/quiz_presenter.py" line="331"/>
        <source>%n question(s) not answered yet count as wrong. Finish anyway?</source>
        <translation>
            <numerusform>%n question not answered yet counts as wrong. Finish anyway?</numerusform>
            <numerusform>%n questions not answered yet count as wrong. Finish anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="52"/>
        <source>Questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="57"/>
        <source>The question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="87"/>
        <source>The question (arrow keys scroll it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="92"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="93"/>
        <source>The previous question (Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="95"/>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="96"/>
        <source>Skip this question; it comes back later (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="98"/>
        <source>F&amp;inish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="99"/>
        <source>End the quiz and see the results (Alt+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="101"/>
        <source>Submit &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="102"/>
        <source>Submit your answer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="104"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="105"/>
        <source>The next question (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="185"/>
        <source>Right answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="187"/>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizSetupScreen</name>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="81"/>
        <source>Ready-made quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="82"/>
        <source>Quick check: 5 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="83"/>
        <source>Practice: 10 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="84"/>
        <source>Exam: 20 questions in 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="85"/>
        <source>My own choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="87"/>
        <source>Banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="88"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="89"/>
        <source>Kinds of question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="93"/>
        <source>Number of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="96"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="97"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="98"/>
        <source>Time limit in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="102"/>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="103"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="105"/>
        <source>The same seed and choices give the same questions in the same order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="116"/>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="117"/>
        <source>&amp;Banks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="118"/>
        <source>&amp;Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="119"/>
        <source>&amp;Kinds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="132"/>
        <source>Question &amp;count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="134"/>
        <source>Time &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="140"/>
        <source>Se&amp;ed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="146"/>
        <source>Start the &amp;quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="147"/>
        <source>Start with these choices (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="150"/>
        <source>Ho&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="151"/>
        <source>Back to the home screen (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="158"/>
        <source>Take a quiz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <location filename="../../trainer/ui/results.py" line="63"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="72"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="72"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="72"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="73"/>
        <source>Score per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="83"/>
        <source>Every question with your answer and the right one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="90"/>
        <location filename="../../trainer/ui/results.py" line="160"/>
        <source>&amp;Retry the ones I got wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="91"/>
        <source>A new quiz with only the questions not fully right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="93"/>
        <source>&amp;New quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="95"/>
        <source>Ho&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="96"/>
        <source>Back to the home screen (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="115"/>
        <source>You scored {score} out of {total} ({percent}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="122"/>
        <source>Quiz seed {seed}: the same seed and choices give the same quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="130"/>
        <source>Time&apos;s up. The answer you had given on the last page was kept; questions not answered count as wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="191"/>
        <source>Partly right ({score})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="158"/>
        <source>&amp;Retry the ones I got wrong ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="189"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="193"/>
        <source>Wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="53"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="55"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="56"/>
        <source>Like the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="57"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="58"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="60"/>
        <source>Quiz feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="61"/>
        <source>After each question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="62"/>
        <source>At the end of the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="65"/>
        <source>New items per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="70"/>
        <source>Desired retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="72"/>
        <source>The chance of remembering an item when it comes back (0.70–0.99)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="75"/>
        <source>Day starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="82"/>
        <source>New cards and the daily limit reset at this hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="86"/>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="89"/>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="90"/>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="91"/>
        <source>Quiz feed&amp;back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="92"/>
        <source>For this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="95"/>
        <source>&amp;New items per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="96"/>
        <source>Desired &amp;retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="97"/>
        <source>&amp;Day starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="100"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="101"/>
        <source>Save and apply these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="104"/>
        <source>Ho&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="105"/>
        <source>Back to the home screen (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="112"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortAnswer</name>
    <message>
        <location filename="../../trainer/ui/widgets/answer_widgets.py" line="203"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePresenters</name>
    <message>
        <location filename="../../trainer/ui/side_presenters.py" line="126"/>
        <source>Profile created. Select it and press Switch to study with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/side_presenters.py" line="132"/>
        <source>Profile renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/side_presenters.py" line="149"/>
        <source>Profile deleted; a backup was made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/side_presenters.py" line="195"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/side_presenters.py" line="213"/>
        <source>Trainer cannot create your bank folder {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagePresenter</name>
    <message>
        <location filename="../../trainer/ui/workshop/stage.py" line="164"/>
        <source>Something went wrong; what was recorded is saved. See the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage.py" line="253"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage.py" line="255"/>
        <source>Answer shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage.py" line="257"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage.py" line="259"/>
        <source>Time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage.py" line="261"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage.py" line="263"/>
        <source>Press S to start the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage.py" line="343"/>
        <source>Pick a team first: press its number (1–9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage.py" line="348"/>
        <source>Letters do not apply here: press + or − (or click ✓ / ✗).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage.py" line="353"/>
        <source>There is no choice {letter} in this question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyPresenter</name>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="180"/>
        <source>Practice: {done} done · {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="187"/>
        <source>{done} studied · {due} due · {new} new left today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="191"/>
        <source>{what}: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="199"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="199"/>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="206"/>
        <source>Nothing to practise yet: study some cards first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="210"/>
        <source>No mistakes in the last {days} days: nothing to go over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="214"/>
        <source>Nothing is due right now, and no new items are left for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="215"/>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="215"/>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="215"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="215"/>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/study_presenter.py" line="218"/>
        <source>You studied %n card(s).</source>
        <translation>
            <numerusform>You studied %n card.</numerusform>
            <numerusform>You studied %n cards.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="222"/>
        <source>Still due today: {due}. New items left today: {new}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyScreen</name>
    <message>
        <location filename="../../trainer/ui/study.py" line="55"/>
        <source>Study session progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="62"/>
        <source>The card&apos;s question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="69"/>
        <source>The card&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="85"/>
        <source>The card (arrow keys scroll it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="90"/>
        <source>Show &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="91"/>
        <source>Show the answer (Space or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="94"/>
        <location filename="../../trainer/ui/study.py" line="194"/>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="94"/>
        <location filename="../../trainer/ui/study.py" line="194"/>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="94"/>
        <location filename="../../trainer/ui/study.py" line="194"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="94"/>
        <location filename="../../trainer/ui/study.py" line="194"/>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="103"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="104"/>
        <source>Undo the last rating (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="106"/>
        <source>Ho&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="107"/>
        <source>End this session and go back home (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="127"/>
        <source>Session finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="130"/>
        <source>Back ho&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="131"/>
        <source>Back to the home screen (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="191"/>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="200"/>
        <source>{name}: next review in {interval} (key {key})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../trainer/ui/texts.py" line="24"/>
        <source>Single choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="25"/>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="26"/>
        <source>True or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="27"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="28"/>
        <source>Short answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="29"/>
        <source>Fill in the blanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="30"/>
        <source>Put in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="31"/>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="32"/>
        <source>Flashcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="39"/>
        <source>Fill in the blanks, in any order (Tab moves to the next one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="43"/>
        <source>Choose one answer (arrow keys or 1–9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="46"/>
        <source>Choose every right answer (Space or 1–9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="49"/>
        <source>True or false? (T or F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="50"/>
        <source>Type a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="51"/>
        <source>Type your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="52"/>
        <source>Fill in each blank (Tab moves to the next one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="55"/>
        <source>Put the entries in order: drag them, or Alt+Up and Alt+Down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="58"/>
        <source>Pick the match for each entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="64"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="66"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="97"/>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="123"/>
        <source>True or false?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="137"/>
        <source>&lt;1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="139"/>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="141"/>
        <source>{n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="144"/>
        <source>{n} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="146"/>
        <source>{n} mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="147"/>
        <source>{n} y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrueFalseAnswer</name>
    <message>
        <location filename="../../trainer/ui/widgets/answer_widgets.py" line="139"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/answer_widgets.py" line="139"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/answer_widgets.py" line="141"/>
        <source>Key 1 or T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/answer_widgets.py" line="142"/>
        <source>Key 2 or F</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_OptionsWidget</name>
    <message>
        <location filename="../../trainer/ui/widgets/answer_widgets.py" line="85"/>
        <source>Key {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
