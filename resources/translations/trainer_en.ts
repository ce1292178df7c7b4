<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnalysisScreen</name>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="57"/>
        <source>&amp;Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="58"/>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="62"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="63"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="73"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="76"/>
        <source>Quizzes and workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="79"/>
        <source>Facility against discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="83"/>
        <source>Item analysis views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="92"/>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="93"/>
        <source>Ch&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="94"/>
        <source>Quizzes and &amp;workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="96"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="98"/>
        <source>Save the questions shown, and the quizzes beside them, as CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="101"/>
        <source>Ho&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="102"/>
        <source>Back to the home screen (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="111"/>
        <source>&amp;Bank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="113"/>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="115"/>
        <source>Sou&amp;rce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="130"/>
        <source>Item analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="171"/>
        <source>Select a question to see its verdict and the share of each option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="206"/>
        <source>Facility (x) against discrimination (y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="212"/>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="213"/>
        <source>Discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="221"/>
        <source>Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="222"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/analysis_screen.py" line="238"/>
        <source>{q}: facility {f:.2f}, discrimination {d:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../trainer/ui/app.py" line="196"/>
        <source>Trainer cannot use its data folder:
{path}

{reason}

Choose another folder with --data-dir or the TRAINER_DATA_DIR variable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppDialogs</name>
    <message>
        <location filename="../../trainer/ui/app_dialogs.py" line="35"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/app_dialogs.py" line="38"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/app_dialogs.py" line="45"/>
        <source>Quit Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/app_dialogs.py" line="47"/>
        <source>You are in the middle of a quiz. Your answers so far are saved, and you can resume the quiz next time. Quit now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../trainer/ui/workshop/stage_audience.py" line="105"/>
        <source>Workshop — audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_audience.py" line="184"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_audience.py" line="283"/>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_audience.py" line="302"/>
        <source>Answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_audience.py" line="305"/>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_audience.py" line="345"/>
        <source>Time!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="52"/>
        <location filename="../../trainer/ui/backups_screen.py" line="101"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="56"/>
        <source>Trainer keeps copies of your progress: every few minutes while you study and when you close it. Restoring one brings your progress back to that moment; your progress now is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="63"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="63"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="63"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="64"/>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="76"/>
        <source>No backups yet. Trainer makes the first one a few minutes after you study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="84"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="85"/>
        <source>Save a copy of your progress now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="87"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="88"/>
        <source>Bring your progress back to the chosen backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="90"/>
        <source>&amp;Open backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="92"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="143"/>
        <source>Folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="169"/>
        <source>In bold: the backup with your newest progress, made on {when}. Restore this one if your progress was damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="212"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="213"/>
        <source>Restore the backup made on {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="216"/>
        <source>Your progress goes back to that moment: answers given after it will no longer count.

Nothing is lost: your progress as it is now is first saved as a backup (&quot;Before a restore&quot; in this list), so you can restore it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_screen.py" line="222"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPresenter</name>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="87"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="89"/>
        <source>Kept from before a fresh start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="91"/>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="93"/>
        <source>Made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="94"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="95"/>
        <source>Before deleting a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="96"/>
        <source>Before importing progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="142"/>
        <source>Backup made: {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="151"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/backups_presenter.py" line="158"/>
        <source>Your progress is back to {when}. Your progress from before the restore is kept as the backup &quot;Before a restore&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BanksPresenter</name>
    <message>
        <location filename="../../trainer/ui/side_presenters.py" line="294"/>
        <source>Trainer cannot create your bank folder {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BanksScreen</name>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="39"/>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="39"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="39"/>
        <source>Study items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="39"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="41"/>
        <source>Loaded banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="52"/>
        <source>Errors in broken banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="55"/>
        <source>&amp;Open my bank folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="56"/>
        <source>Put your own bank files (.yaml) in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="58"/>
        <source>Re&amp;load banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="59"/>
        <source>Read the bank files again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="61"/>
        <source>Ho&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="62"/>
        <source>Back to the home screen (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="70"/>
        <source>Question banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="87"/>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="87"/>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/banks_screen.py" line="105"/>
        <source>%n study item(s)</source>
        <translation>
            <numerusform>%n study item</numerusform>
            <numerusform>%n study items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/banks_screen.py" line="107"/>
        <source>%n bank(s)</source>
        <translation>
            <numerusform>%n bank</numerusform>
            <numerusform>%n banks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/banks_screen.py" line="113"/>
        <source>%n problem(s) in broken banks (file:line:column):</source>
        <translation>
            <numerusform>%n problem in broken banks (file:line:column):</numerusform>
            <numerusform>%n problems in broken banks (file:line:column):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="115"/>
        <source>No problems found in the bank files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/banks_screen.py" line="117"/>
        <source>Your bank folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuilderFiles</name>
    <message>
        <location filename="../../trainer/ui/workshop/builder_files.py" line="63"/>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_files.py" line="86"/>
        <source>Printed the handouts to {path} and the answer keys to {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_files.py" line="114"/>
        <source>No workshop has been run yet: there are no results to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuilderPhones</name>
    <message>
        <location filename="../../trainer/ui/workshop/builder_phones.py" line="93"/>
        <source>This computer only (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_phones.py" line="95"/>
        <source>No network was found: phones cannot join. Connect to the room&apos;s Wi-Fi or start a hotspot, then open the builder again; or play on this computer only, for a test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_phones.py" line="110"/>
        <source>Build the question list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_phones.py" line="157"/>
        <source>Running “{title}” on phones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuilderPresenter</name>
    <message numerus="yes">
        <source>Exported %n result row(s) to {path}.</source>
        <translation type="vanished">
            <numerusform>Exported %n result row to {path}.</numerusform>
            <numerusform>Exported %n result rows to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n question(s) to {path}.</source>
        <translation type="vanished">
            <numerusform>Exported %n question to {path}.</numerusform>
            <numerusform>Exported %n questions to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="117"/>
        <source>The banks are still loading; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="146"/>
        <source>on phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="148"/>
        <source>{n} teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="151"/>
        <source>{title} — question {n} of {total}, {mode}, {answers} answers, last used {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="165"/>
        <source>Banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="166"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="167"/>
        <source>Kinds of question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="170"/>
        <source>Tick at least one entry in {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="193"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="213"/>
        <source>{n}. (not in the loaded banks: {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="222"/>
        <source>Not in the loaded banks (skipped): {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="227"/>
        <source>{n} questions ready (seed {seed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="241"/>
        <source>Select a question in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="260"/>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="389"/>
        <source>Build the question list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="263"/>
        <source>Add at least one team (one name per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="303"/>
        <source>Running “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="317"/>
        <source>“{title}” has finished: its results can be exported here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="329"/>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="333"/>
        <source>Workshop files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="330"/>
        <source>Open a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="334"/>
        <source>Save the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="339"/>
        <source>Print to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="340"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_presenter.py" line="350"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuilderWindow</name>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="70"/>
        <source>Workshop builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="71"/>
        <source>Unfinished workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="73"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="84"/>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="92"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="99"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="101"/>
        <source>Speed bonus (up to half the points again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="104"/>
        <source>New seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="109"/>
        <source>&amp;Build the question list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="112"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="113"/>
        <source>Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="114"/>
        <source>Time per question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="115"/>
        <source>Points per question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="117"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="165"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="167"/>
        <source>Sa&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="170"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="171"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="172"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="173"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="178"/>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="179"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="181"/>
        <source>Res&amp;ults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="183"/>
        <source>The results of the workshop run here (else the last one) in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="93"/>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="120"/>
        <source>Banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="94"/>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="121"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="96"/>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="122"/>
        <source>Kinds of question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="103"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="132"/>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="154"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="133"/>
        <source>S&amp;wap the selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="136"/>
        <source>One team per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="137"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="139"/>
        <source>&amp;Start the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="141"/>
        <source>Play on p&amp;hones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="144"/>
        <source>Network for the phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_view.py" line="157"/>
        <source>Teams (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassScreen</name>
    <message>
        <location filename="../../trainer/ui/class_screen.py" line="34"/>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/class_screen.py" line="40"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/class_screen.py" line="41"/>
        <source>Save the learners shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/class_screen.py" line="43"/>
        <source>&amp;Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/class_screen.py" line="45"/>
        <source>Save a PDF report: a summary page and one page per learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/class_screen.py" line="48"/>
        <source>Ho&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/class_screen.py" line="49"/>
        <source>Back to the home screen (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/class_screen.py" line="53"/>
        <source>&amp;Bank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/class_screen.py" line="55"/>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/class_screen.py" line="63"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/class_screen.py" line="98"/>
        <source>Select a learner to see their mastery per topic.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClozeAnswer</name>
    <message>
        <location filename="../../trainer/ui/widgets/answer_widgets.py" line="229"/>
        <source>Blank {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="59"/>
        <source>Workshop — console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="85"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="91"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="95"/>
        <source>Teams: press 1–9, then a letter for the answer (or + right, − wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="104"/>
        <source>Start (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="105"/>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="106"/>
        <source>Reveal (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="107"/>
        <source>Previous (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="108"/>
        <source>Next (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="109"/>
        <source>Leaderboard (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="110"/>
        <source>Hide console (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="118"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="138"/>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="145"/>
        <source>Right answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="147"/>
        <source>(this is the last question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="167"/>
        <source>✓ Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="168"/>
        <source>✗ Wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="185"/>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="186"/>
        <source>wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="187"/>
        <source>partly right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="200"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="202"/>
        <source>{points} pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="205"/>
        <source>Mark {team} right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="206"/>
        <source>Mark {team} wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="246"/>
        <source>Lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage_console.py" line="247"/>
        <source>Phones are joining. Press N for the first question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../trainer/ui/crash.py" line="16"/>
        <source>Something went wrong, and Trainer could not finish what it was doing. Your progress up to the last answer is saved.

The details were written to:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/crash.py" line="46"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/crash.py" line="50"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../../trainer/core/export_formats.py" line="85"/>
        <source>Moodle GIFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/core/export_formats.py" line="92"/>
        <source>Moodle XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/core/export_formats.py" line="99"/>
        <source>Anki package (.apkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/core/export_formats.py" line="105"/>
        <source>Results (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTexts</name>
    <message numerus="yes">
        <location filename="../../trainer/ui/workshop/builder_files.py" line="49"/>
        <source>Exported %n result row(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n result row to {path}.</numerusform>
            <numerusform>Exported %n result rows to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/workshop/builder_files.py" line="51"/>
        <source>Exported %n question(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n question to {path}.</numerusform>
            <numerusform>Exported %n questions to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/builder_files.py" line="53"/>
        <source>not exported: {line}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>Exported %n result row(s) to {path}.</source>
        <translation type="vanished">
            <numerusform>Exported %n result row to {path}.</numerusform>
            <numerusform>Exported %n result rows to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n question(s) to {path}.</source>
        <translation type="vanished">
            <numerusform>Exported %n question to {path}.</numerusform>
            <numerusform>Exported %n questions to {path}.</numerusform>
        </translation>
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
        <location filename="../../trainer/ui/first_run.py" line="61"/>
        <source>Create your profile and start (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/first_run.py" line="80"/>
        <source>{title} ({n} items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/first_run.py" line="99"/>
        <source>Please type your name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/first_run.py" line="103"/>
        <source>Tick at least one bank to study.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeRows</name>
    <message>
        <location filename="../../trainer/ui/home_rows.py" line="19"/>
        <source>{mastered} mastered, {learning} learning, {new} new of {items}; average recall {recall}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home_rows.py" line="71"/>
        <source>A workshop was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home_rows.py" line="72"/>
        <source>Every answer and the clock were kept: it goes on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home_rows.py" line="79"/>
        <source>You have a quiz in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home_rows.py" line="80"/>
        <source>Carry on where you stopped: your answers so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home_rows.py" line="87"/>
        <source>No questions to study yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home_rows.py" line="88"/>
        <source>Add a question bank, or see what went wrong on the Banks screen (Ctrl+5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home_rows.py" line="96"/>
        <source>Ready to study: {due} due, {new} new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home_rows.py" line="103"/>
        <source>Ready to study: {n} due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home_rows.py" line="107"/>
        <source>Ready to study: {n} new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home_rows.py" line="113"/>
        <source>All done for today — take a quiz?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home_rows.py" line="114"/>
        <source>Nothing is due and today&apos;s new cards are learnt. A quiz keeps it fresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../trainer/ui/home.py" line="109"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="115"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="111"/>
        <location filename="../../trainer/ui/home.py" line="259"/>
        <source>Loading question banks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="174"/>
        <source>&amp;Study now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="175"/>
        <source>Study the cards due today and new ones (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="177"/>
        <source>Take a &amp;quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="178"/>
        <source>Choose and take a quiz (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="180"/>
        <source>&amp;Resume the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="181"/>
        <source>Continue the quiz you left unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="186"/>
        <source>A workshop was left unfinished: open the workshop window to resume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="190"/>
        <source>&amp;Weak spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="192"/>
        <source>Go over the items you know least, or the ones you got wrong lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="195"/>
        <source>&amp;Weakest items (lowest recall first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="197"/>
        <source>My &amp;mistakes of the last 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="200"/>
        <source>See &amp;progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="201"/>
        <source>Charts of your progress (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="125"/>
        <source>Bank and topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="125"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="125"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="125"/>
        <location filename="../../trainer/ui/home.py" line="270"/>
        <source>Mastered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="127"/>
        <source>Banks and topics with due, new and mastered items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="129"/>
        <source>Enter or a double-click studies only that bank or topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="203"/>
        <source>Re&amp;load banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="204"/>
        <source>Read the bank files again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="278"/>
        <source>Hello, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/home.py" line="279"/>
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n day in a row</numerusform>
            <numerusform>%n days in a row</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="284"/>
        <source>Due today: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="285"/>
        <source>New today: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="296"/>
        <source>Resume the wor&amp;kshop “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="299"/>
        <source>Resume the workshop “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/home.py" line="368"/>
        <source>Some banks could not be loaded (see Banks, Ctrl+5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/home.py" line="372"/>
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
    <name>JoinPage</name>
    <message>
        <location filename="../../trainer/ui/workshop/live_panels.py" line="178"/>
        <source>QR code of the join address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/live_panels.py" line="187"/>
        <source>Join on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/live_panels.py" line="201"/>
        <source>Room code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/workshop/live_panels.py" line="202"/>
        <source>%n joined</source>
        <translation>
            <numerusform>%n joined</numerusform>
            <numerusform>%n joined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../trainer/core/kinds/base.py" line="32"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/core/kinds/base.py" line="32"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveStagePresenter</name>
    <message>
        <location filename="../../trainer/ui/workshop/live_stage.py" line="123"/>
        <source>Phones cannot join: the server did not start ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/live_stage.py" line="132"/>
        <source>This computer only (no network was found): for a test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/live_stage.py" line="134"/>
        <source>Port {port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/live_stage.py" line="186"/>
        <source>The game is over: phones can no longer reach it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="96"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="101"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="112"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="113"/>
        <source>&amp;Reload banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="121"/>
        <source>&amp;Workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="125"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="126"/>
        <source>See, make and restore backups of your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="130"/>
        <source>&amp;Export my progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="133"/>
        <source>&amp;Import progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="137"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="142"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="145"/>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="146"/>
        <source>&amp;Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="147"/>
        <source>&amp;Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="148"/>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="149"/>
        <source>&amp;Banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="150"/>
        <source>P&amp;rofiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="151"/>
        <source>&amp;Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="152"/>
        <source>&amp;Item analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="153"/>
        <source>S&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="162"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="163"/>
        <source>&amp;About Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="238"/>
        <source>About Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="240"/>
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
        <location filename="../../trainer/ui/widgets/answer_widgets.py" line="165"/>
        <source>Your answer (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/answer_widgets.py" line="166"/>
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
    <name>Phone</name>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="24"/>
        <source>Trainer live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="25"/>
        <source>Join the game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="26"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="27"/>
        <source>Your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="28"/>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="29"/>
        <location filename="../../trainer/net/page_texts.py" line="82"/>
        <source>The game is closed to new participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="30"/>
        <location filename="../../trainer/net/page_texts.py" line="83"/>
        <source>The game is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="31"/>
        <source>You are in. The game starts soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="32"/>
        <source>Participants: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="33"/>
        <source>{name} · score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="34"/>
        <source>Rank {rank} of {of}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="35"/>
        <source>Question {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="36"/>
        <source>Get ready: the clock starts soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="37"/>
        <source>{seconds} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="38"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="39"/>
        <source>Time is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="40"/>
        <source>Look at the screen for this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="41"/>
        <source>Send answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="42"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="43"/>
        <source>Answer received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="44"/>
        <source>Your answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="45"/>
        <source>You did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="46"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="47"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="48"/>
        <source>Your number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="49"/>
        <source>in {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="50"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="51"/>
        <source>Blank {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="52"/>
        <source>Tap the entries in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="53"/>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="54"/>
        <source>Choose the match of each entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="55"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="56"/>
        <source>Choose every right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="57"/>
        <source>Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="58"/>
        <source>Partly right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="59"/>
        <source>Not this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="60"/>
        <source>Points: +{points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="61"/>
        <source>The answer: {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="62"/>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="63"/>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="64"/>
        <source>The winners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="65"/>
        <source>Thank you for playing!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="66"/>
        <source>{rank}. {name} — {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="67"/>
        <source>Your team {team}: rank {rank} of {of}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="68"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="69"/>
        <source>A team&apos;s score is the average of its members&apos; points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="72"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="73"/>
        <source>Connection lost. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="74"/>
        <source>The message could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="75"/>
        <source>The message is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="76"/>
        <source>Too many messages; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="77"/>
        <source>There is no game with this room code here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="78"/>
        <source>This device is not in the game; join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="81"/>
        <source>The facilitator removed you from this game.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="84"/>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="85"/>
        <source>Someone already has this name; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="88"/>
        <source>Choose your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="89"/>
        <source>There is no such team in this game.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="90"/>
        <source>This question is not being asked now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="91"/>
        <source>The question&apos;s clock has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="92"/>
        <source>Time is up: your answer came too late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="93"/>
        <source>This answer does not fit the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="94"/>
        <source>This question cannot be answered on a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="97"/>
        <source>Your answer could not be saved; sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/net/page_texts.py" line="100"/>
        <source>There is no such participant in this game.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message>
        <location filename="../../trainer/ui/workshop/live_panels.py" line="64"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/live_panels.py" line="75"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/live_panels.py" line="76"/>
        <source>Lock joining (J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/live_panels.py" line="81"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/live_panels.py" line="82"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/live_panels.py" line="83"/>
        <source>New device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/live_panels.py" line="105"/>
        <source>Join at {url} · room code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/live_panels.py" line="123"/>
        <source>  ({points} pts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/live_panels.py" line="124"/>
        <source>  [removed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/live_panels.py" line="140"/>
        <source>New device for {name}: scan or open {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/live_panels.py" line="164"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/live_panels.py" line="164"/>
        <source>New name for {name}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesPresenter</name>
    <message>
        <location filename="../../trainer/ui/side_presenters.py" line="160"/>
        <source>Profile created. Select it and press Switch to study with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/side_presenters.py" line="167"/>
        <source>Profile renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/side_presenters.py" line="186"/>
        <source>Profile deleted; a backup was made first.</source>
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
    <name>ProgressFileDialogs</name>
    <message>
        <location filename="../../trainer/ui/progress_file_dialogs.py" line="50"/>
        <source>Progress files (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress_file_dialogs.py" line="56"/>
        <source>Export my progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress_file_dialogs.py" line="62"/>
        <location filename="../../trainer/ui/progress_file_dialogs.py" line="87"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress_file_dialogs.py" line="69"/>
        <source>A learner with the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress_file_dialogs.py" line="73"/>
        <source>&amp;Merge into {local}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress_file_dialogs.py" line="75"/>
        <source>&amp;Keep apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress_file_dialogs.py" line="76"/>
        <source>&amp;Skip this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressFilesPresenter</name>
    <message>
        <location filename="../../trainer/ui/progress_files_presenter.py" line="85"/>
        <source>Make a profile first: there is no progress to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress_files_presenter.py" line="113"/>
        <source>Your progress was saved in {path} (reviews: {reviews}; quizzes: {quizzes}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress_files_presenter.py" line="161"/>
        <source>The file {file} holds the progress of {name}. There is already a learner named {local} here, who may be someone else.

Are they the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress_files_presenter.py" line="202"/>
        <source>{file}: skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress_files_presenter.py" line="214"/>
        <source>{file}: nothing new for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress_files_presenter.py" line="218"/>
        <source>a new learner here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress_files_presenter.py" line="219"/>
        <source>the same learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress_files_presenter.py" line="220"/>
        <source>merged into the learner of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress_files_presenter.py" line="221"/>
        <source>kept apart as a new learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress_files_presenter.py" line="224"/>
        <source>{file}: {name} ({how}): reviews added: {reviews}; quizzes added: {quizzes}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <location filename="../../trainer/ui/progress.py" line="89"/>
        <source>Accuracy per day (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="90"/>
        <source>Reviews per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="91"/>
        <source>Mastery per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="92"/>
        <source>Due in the next 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="94"/>
        <source>Progress charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="95"/>
        <source>Ctrl+Tab shows the next chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="97"/>
        <source>Mastery per topic (arrow keys scroll it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="100"/>
        <source>&amp;Mastery per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="101"/>
        <source>&amp;Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="102"/>
        <source>&amp;Reviews per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="103"/>
        <source>&amp;Due forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="104"/>
        <source>Ho&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="105"/>
        <source>Back to the home screen (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="111"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/progress.py" line="120"/>
        <source>Streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Streak: %n day in a row</numerusform>
            <numerusform>Streak: %n days in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/progress.py" line="122"/>
        <source>%n review(s) in the last %1 days</source>
        <translation>
            <numerusform>%n review in the last %1 days</numerusform>
            <numerusform>%n reviews in the last %1 days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="129"/>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="132"/>
        <source>{day}: no reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="134"/>
        <source>{day}: {n}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="139"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/progress.py" line="142"/>
        <source>{day}: %n review(s)</source>
        <translation>
            <numerusform>{day}: %n review</numerusform>
            <numerusform>{day}: %n reviews</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="148"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/progress.py" line="152"/>
        <source>{day}: %n due</source>
        <translation>
            <numerusform>{day}: %n due</numerusform>
            <numerusform>{day}: %n due</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="224"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="224"/>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="224"/>
        <source>Mastered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/progress.py" line="248"/>
        <source>{topic}: {m} mastered, {l} learning, {n} new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizPresenter</name>
    <message>
        <location filename="../../trainer/ui/quiz_presenter.py" line="105"/>
        <source>Tick at least one entry in {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_presenter.py" line="108"/>
        <source>Tick at least one kind of question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_presenter.py" line="178"/>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_presenter.py" line="199"/>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_presenter.py" line="201"/>
        <source>Partly right ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_presenter.py" line="203"/>
        <source>Not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_presenter.py" line="214"/>
        <source>Answer first, or skip this question (Alt+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_presenter.py" line="279"/>
        <source>This is the only question left: answer it, or finish the quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_presenter.py" line="295"/>
        <source>Time left: {m}:{s:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_presenter.py" line="335"/>
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
        <location filename="../../trainer/ui/quiz.py" line="59"/>
        <source>Questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="64"/>
        <source>The question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="92"/>
        <source>The question (arrow keys scroll it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="97"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="98"/>
        <source>The previous question (Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="100"/>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="101"/>
        <source>Skip this question; it comes back later (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="103"/>
        <source>F&amp;inish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="104"/>
        <source>End the quiz and see the results (Alt+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="106"/>
        <source>Submit &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="108"/>
        <source>Submit your answer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="110"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="112"/>
        <source>The next question (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="195"/>
        <source>Right answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz.py" line="197"/>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizSetupScreen</name>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="55"/>
        <source>Space ticks or unticks the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="84"/>
        <source>Ready-made quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="85"/>
        <source>Quick check: 5 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="86"/>
        <source>Practice: 10 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="87"/>
        <source>Exam: 20 questions in 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="88"/>
        <source>My own choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="90"/>
        <source>Banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="91"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="92"/>
        <source>Kinds of question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="96"/>
        <source>Number of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="99"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="100"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="101"/>
        <source>Time limit in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="105"/>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="106"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="108"/>
        <source>The same seed and choices give the same questions in the same order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="119"/>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="120"/>
        <source>&amp;Banks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="121"/>
        <source>&amp;Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="122"/>
        <source>&amp;Kinds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="133"/>
        <source>Question &amp;count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="134"/>
        <source>Time &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="135"/>
        <source>Se&amp;ed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="147"/>
        <source>Start the &amp;quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="149"/>
        <source>Start with these choices (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="152"/>
        <source>Ho&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="153"/>
        <source>Back to the home screen (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/quiz_setup.py" line="160"/>
        <source>Take a quiz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialogs</name>
    <message>
        <location filename="../../trainer/ui/recovery_dialogs.py" line="45"/>
        <source>&amp;Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/recovery_dialogs.py" line="48"/>
        <source>&amp;Start with no progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/recovery_dialogs.py" line="50"/>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/recovery_dialogs.py" line="67"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPresenter</name>
    <message>
        <location filename="../../trainer/ui/recovery_presenter.py" line="108"/>
        <source>Progress database missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/recovery_presenter.py" line="110"/>
        <source>Your progress database is missing, but there are backups of your progress. It may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/recovery_presenter.py" line="114"/>
        <source>Progress database damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/recovery_presenter.py" line="116"/>
        <source>Trainer cannot open your progress database. It may have been damaged, for example when the laptop lost power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/recovery_presenter.py" line="121"/>
        <source>The backup in good order with your newest progress was made on {when}. Restore it to go on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/recovery_presenter.py" line="125"/>
        <source>None of the backups can be read: they are damaged too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/recovery_presenter.py" line="127"/>
        <source>There is no backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/recovery_presenter.py" line="129"/>
        <source>The damaged file is not deleted: Trainer renames it and leaves it in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/recovery_presenter.py" line="157"/>
        <source>Your progress was restored from the backup made on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/recovery_presenter.py" line="162"/>
        <source>Trainer starts again with no progress. Your earlier backups are kept for good: File ▸ Backups… can restore one later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/recovery_presenter.py" line="167"/>
        <source>The damaged file was kept as:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <location filename="../../trainer/ui/widgets/report_table.py" line="70"/>
        <source>&amp;Descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/report_table.py" line="82"/>
        <source>S&amp;ort by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <location filename="../../trainer/ui/results.py" line="97"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="105"/>
        <location filename="../../trainer/ui/results.py" line="164"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="105"/>
        <location filename="../../trainer/ui/results.py" line="164"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="105"/>
        <location filename="../../trainer/ui/results.py" line="164"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="106"/>
        <location filename="../../trainer/ui/results.py" line="165"/>
        <source>Score per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="112"/>
        <source>Every question with your answer and the right one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="119"/>
        <location filename="../../trainer/ui/results.py" line="215"/>
        <source>&amp;Retry the ones I got wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="120"/>
        <source>A new quiz with only the questions not fully right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="122"/>
        <source>&amp;New quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="124"/>
        <source>Ho&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="125"/>
        <source>Back to the home screen (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="168"/>
        <source>You scored {score} out of {total} ({percent}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="175"/>
        <source>Quiz seed {seed}: the same seed and choices give the same quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="183"/>
        <source>Time&apos;s up. The answer you had given on the last page was kept; questions not answered count as wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="228"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="228"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="228"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="229"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="229"/>
        <source>Right answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="230"/>
        <source>Standings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="270"/>
        <source>Partly right ({score})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="280"/>
        <source>{right} of {count} fully right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="213"/>
        <source>&amp;Retry the ones I got wrong ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="268"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/results.py" line="272"/>
        <source>Wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPresenter</name>
    <message>
        <location filename="../../trainer/ui/side_presenters.py" line="254"/>
        <source>Settings saved.</source>
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
        <location filename="../../trainer/ui/settings_screen.py" line="102"/>
        <source>Save and apply these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="105"/>
        <source>Ho&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="106"/>
        <source>Back to the home screen (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/settings_screen.py" line="113"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortAnswer</name>
    <message>
        <location filename="../../trainer/ui/widgets/answer_widgets.py" line="199"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagePresenter</name>
    <message>
        <location filename="../../trainer/ui/workshop/stage.py" line="226"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage.py" line="228"/>
        <source>Answer shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage.py" line="230"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage.py" line="232"/>
        <source>Time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage.py" line="234"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage.py" line="236"/>
        <source>Press S to start the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage.py" line="308"/>
        <source>Pick a team first: press its number (1–9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage.py" line="313"/>
        <source>Letters do not apply here: press + or − (or click ✓ / ✗).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/stage.py" line="318"/>
        <source>There is no choice {letter} in this question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyPresenter</name>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="240"/>
        <source>Practice: {done} done · {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="242"/>
        <source>{done} studied · {due} due · {new} new left today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="246"/>
        <source>{what}: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="232"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="232"/>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="252"/>
        <source>Nothing to practise yet: study some cards first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="256"/>
        <source>No mistakes in the last {days} days: nothing to go over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="260"/>
        <source>Nothing is due right now, and no new items are left for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="261"/>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="261"/>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="261"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="261"/>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../trainer/ui/study_presenter.py" line="264"/>
        <source>You studied %n card(s).</source>
        <translation>
            <numerusform>You studied %n card.</numerusform>
            <numerusform>You studied %n cards.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study_presenter.py" line="268"/>
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
        <location filename="../../trainer/ui/study.py" line="68"/>
        <source>The card&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="83"/>
        <source>The card (arrow keys scroll it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="88"/>
        <source>Show &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="90"/>
        <source>Show the answer (Space or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="93"/>
        <location filename="../../trainer/ui/study.py" line="193"/>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="93"/>
        <location filename="../../trainer/ui/study.py" line="193"/>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="93"/>
        <location filename="../../trainer/ui/study.py" line="193"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="93"/>
        <location filename="../../trainer/ui/study.py" line="193"/>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="102"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="103"/>
        <source>Undo the last rating (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="105"/>
        <source>Ho&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="106"/>
        <source>End this session and go back home (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="126"/>
        <source>Session finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="129"/>
        <source>Back ho&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="130"/>
        <source>Back to the home screen (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="190"/>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/study.py" line="199"/>
        <source>{name}: next review in {interval} (key {key})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamBoard</name>
    <message>
        <location filename="../../trainer/ui/workshop/live_panels.py" line="236"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../trainer/ui/kind_views.py" line="80"/>
        <source>Single choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/kind_views.py" line="89"/>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/kind_views.py" line="98"/>
        <source>True or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/kind_views.py" line="105"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/kind_views.py" line="112"/>
        <source>Short answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/kind_views.py" line="119"/>
        <source>Fill in the blanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/kind_views.py" line="127"/>
        <source>Put in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/kind_views.py" line="136"/>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/kind_views.py" line="145"/>
        <source>Flashcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/kind_views.py" line="54"/>
        <source>Fill in the blanks, in any order (Tab moves to the next one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/kind_views.py" line="82"/>
        <source>Choose one answer (arrow keys or 1–9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/kind_views.py" line="91"/>
        <source>Choose every right answer (Space or 1–9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/kind_views.py" line="100"/>
        <source>True or false? (T or F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/kind_views.py" line="107"/>
        <source>Type a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/kind_views.py" line="114"/>
        <source>Type your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/kind_views.py" line="57"/>
        <source>Fill in each blank (Tab moves to the next one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/kind_views.py" line="129"/>
        <source>Put the entries in order: drag them, or Alt+Up and Alt+Down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/kind_views.py" line="138"/>
        <source>Pick the match for each entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="58"/>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/kind_views.py" line="45"/>
        <source>True or false?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="71"/>
        <source>&lt;1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="73"/>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="75"/>
        <source>{n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="78"/>
        <source>{n} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="80"/>
        <source>{n} mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/texts.py" line="81"/>
        <source>{n} y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrueFalseAnswer</name>
    <message>
        <location filename="../../trainer/ui/widgets/answer_widgets.py" line="135"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/answer_widgets.py" line="135"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/answer_widgets.py" line="137"/>
        <source>Key 1 or T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/answer_widgets.py" line="138"/>
        <source>Key 2 or F</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../trainer/ui/workshop/kind_slides.py" line="47"/>
        <source>Choose one answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/kind_slides.py" line="53"/>
        <source>Choose every right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/kind_slides.py" line="59"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/kind_slides.py" line="60"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/kind_slides.py" line="65"/>
        <source>True or false?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/kind_slides.py" line="73"/>
        <source>Put these in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/kind_slides.py" line="84"/>
        <source>Match each numbered entry with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/kind_slides.py" line="92"/>
        <source>Answer with a number ({unit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/kind_slides.py" line="97"/>
        <source>Answer with a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/kind_slides.py" line="101"/>
        <source>Write a short answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trainer/ui/workshop/kind_slides.py" line="105"/>
        <source>Fill in the blanks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_OptionsWidget</name>
    <message>
        <location filename="../../trainer/ui/widgets/answer_widgets.py" line="81"/>
        <source>Key {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
