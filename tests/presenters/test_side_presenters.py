"""The side presenters without widgets: Progress fills its data from the learner's
reviews; Profiles creates, renames and deletes (a backup first); Settings saves the look
on this computer and the study settings with the learner; Banks lists and reloads;
the quiz setup is offered the loaded banks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from presenterkit import (
    FakeBanksView,
    FakeProfilesView,
    FakeProgressView,
    FakeQuizSetupView,
    FakeSettingsView,
    InlineWorker,
    loaded_backend,
)
from PySide6.QtCore import QSettings

from trainer.paths import user_banks_dir
from trainer.ui.app_state import AppState
from trainer.ui.kind_views import SUPPORTED_KINDS
from trainer.ui.operations import Operations
from trainer.ui.preferences import Preferences
from trainer.ui.settings_screen import SettingsValues
from trainer.ui.side_presenters import (
    BanksPresenter,
    ProfilesPresenter,
    ProgressPresenter,
    SettingsPresenter,
    fill_quiz_setup,
)


class Side:
    """A data folder with the UI test bank and one learner, Amina, chosen."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.data_folder, self.learner = loaded_backend(data_dir)
        self.state = AppState()
        self.state.loaded = self.data_folder.load()
        self.state.learner_id = self.learner
        self.errors: list[str] = []
        self.ops = Operations(InlineWorker(), self.errors.append)

    def study(self, cards: int) -> None:
        trainer = self.data_folder.study
        for _ in range(cards):
            card = trainer.next_card(self.learner)
            assert card is not None
            trainer.answer_card(self.learner, card.item_id, 3, 1000)


@pytest.fixture
def side(tmp_path: Path) -> Iterator[Side]:
    made = Side(tmp_path)
    yield made
    made.data_folder.close()


def test_progress_shows_the_reviews_and_topics(side: Side) -> None:
    view = FakeProgressView()
    presenter = ProgressPresenter(view, side.ops, side.data_folder, side.state)
    side.study(3)
    presenter.show()
    (data,) = view.last("show_progress")
    assert data.total_reviews == 3 and data.streak == 1
    assert data.days[-1][1] == 3 and len(data.days) == 14
    assert data.topics and sum(t[1] + t[2] + t[3] for t in data.topics) > 3
    assert " – " in data.days_title and len(data.days_spoken) == 14
    assert side.errors == []


def test_progress_without_a_learner_shows_nothing(side: Side) -> None:
    view = FakeProgressView()
    side.state.learner_id = None
    ProgressPresenter(view, side.ops, side.data_folder, side.state).show()
    assert view.calls == []


class Profiles:
    def __init__(self, side: Side) -> None:
        self.view = FakeProfilesView()
        self.switched: list[int] = []
        self.reloads: list[str] = []
        self.presenter = ProfilesPresenter(
            self.view,
            side.ops,
            side.data_folder,
            side.state,
            self.switched.append,
            lambda: self.reloads.append("reload"),
        )


def test_profiles_create_rename_and_delete_with_a_backup_first(side: Side) -> None:
    profiles = Profiles(side)
    view = profiles.view
    profiles.presenter.show()
    assert view.profiles == [(side.learner, "Amina")] and view.current == side.learner

    view.create_requested.emit("Bilal")
    assert [name for _id, name in view.profiles] == ["Amina", "Bilal"]
    assert view.message.startswith("Profile created.") and not view.error
    assert view.called("clear_name") == 1
    bilal = next(i for i, name in view.profiles if name == "Bilal")

    view.rename_requested.emit(bilal, "Bilal K.")
    assert (bilal, "Bilal K.") in view.profiles and view.message == "Profile renamed."

    side.study(1)
    assert side.data_folder.list_backups()[0] == []
    view.delete_requested.emit(side.learner)  # the current learner
    assert view.profiles == [(bilal, "Bilal K.")]
    assert view.message == "Profile deleted; a backup was made first."
    (backup,) = side.data_folder.list_backups()[0]
    assert backup.label == "pre-delete"
    assert profiles.switched == [bilal] and profiles.reloads == []  # on to the one left
    assert side.errors == []


def test_deleting_the_last_profile_goes_back_to_the_first_run(side: Side) -> None:
    profiles = Profiles(side)
    profiles.view.delete_requested.emit(side.learner)
    assert profiles.view.profiles == [] and profiles.reloads == ["reload"]


def test_a_refused_name_is_said_and_nothing_changes(side: Side) -> None:
    profiles = Profiles(side)
    view = profiles.view
    view.create_requested.emit("Amina")  # taken
    assert view.error and "Amina" in view.message
    assert view.called("clear_name") == 0
    assert [p.name for p in side.data_folder.study.profiles()] == ["Amina"]


def test_settings_keep_the_look_here_and_the_study_settings_with_the_learner(
    side: Side, tmp_path: Path
) -> None:
    ini = tmp_path / "settings.ini"
    preferences = Preferences(QSettings(str(ini), QSettings.Format.IniFormat))
    looks: list[tuple[str, int]] = []
    view = FakeSettingsView()
    presenter = SettingsPresenter(
        view,
        side.ops,
        side.data_folder,
        side.state,
        preferences,
        lambda theme, scale: looks.append((theme, scale)),
    )
    presenter.show()
    assert view.values.theme == "system" and view.values.font_scale == 100
    before = side.data_folder.study.profile(side.learner)
    assert view.values.daily_new_limit == before.daily_new_limit

    chosen = SettingsValues(
        font_scale=150,
        theme="dark",
        feedback="end",
        daily_new_limit=7,
        desired_retention=0.85,
        rollover_hour=6,
    )
    view.apply_requested.emit(chosen)
    assert view.message == "Settings saved." and not view.error
    assert looks == [("dark", 150)]
    # on this computer: the look, in the settings file
    written = ini.read_text()
    assert "theme=dark" in written and "font_scale=150" in written and "feedback=end" in written
    assert "daily" not in written and "retention" not in written
    # with the learner, in the database
    profile = side.data_folder.study.profile(side.learner)
    assert (profile.daily_new_limit, profile.desired_retention, profile.rollover_hour) == (
        7,
        0.85,
        6,
    )
    again = FakeSettingsView()
    SettingsPresenter(
        again, side.ops, side.data_folder, side.state, preferences, lambda *_a: None
    ).show()
    assert again.values == chosen


def test_settings_refused_by_the_core_are_said(side: Side, tmp_path: Path) -> None:
    preferences = Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    view = FakeSettingsView()
    presenter = SettingsPresenter(
        view, side.ops, side.data_folder, side.state, preferences, lambda *_a: None
    )
    presenter.show()
    bad = SettingsValues(100, "light", "immediate", daily_new_limit=-5, desired_retention=2.0)
    view.apply_requested.emit(bad)
    assert view.error and view.message != "Settings saved."
    assert side.data_folder.study.profile(side.learner).desired_retention != 2.0


def test_banks_are_listed_and_reloaded(side: Side) -> None:
    view = FakeBanksView()
    reloads: list[str] = []
    presenter: BanksPresenter

    def reload() -> None:  # what Home does: load, then the banks screen is shown again
        reloads.append("reload")
        side.state.loaded = side.data_folder.load()
        presenter.show()

    presenter = BanksPresenter(view, side.state, side.data_dir, side.errors.append, reload)
    presenter.show()
    overview, _sources, folder = view.last("show_banks")
    assert [b.bank_id for b in overview.banks] == ["uitest"]
    assert folder == str(user_banks_dir(side.data_dir))

    own = user_banks_dir(side.data_dir)
    own.mkdir(parents=True)
    (own / "mine.yaml").write_text(
        (Path(__file__).parents[1] / "ui" / "data" / "ui_test.yaml")
        .read_text()
        .replace("id: uitest", "id: mine", 1)
        .replace("title: UI test bank", "title: My bank", 1)
    )
    side.data_folder.bank_paths = [*side.data_folder.bank_paths, own]
    view.reload_requested.emit()
    overview, _sources, _folder = view.last("show_banks")
    assert reloads == ["reload"] and view.called("show_banks") == 2
    assert sorted(b.bank_id for b in overview.banks) == ["mine", "uitest"]
    assert side.errors == []


def test_the_bank_folder_is_made_and_shown(side: Side) -> None:
    view = FakeBanksView()
    BanksPresenter(view, side.state, side.data_dir, side.errors.append, lambda: None)
    view.open_folder_requested.emit()
    folder = user_banks_dir(side.data_dir)
    assert view.last("show_folder") == (folder,) and folder.is_dir()


def test_a_bank_folder_that_cannot_be_made_is_reported(side: Side, tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data folder should be")
    view = FakeBanksView()
    BanksPresenter(view, side.state, blocked, side.errors.append, lambda: None)
    view.open_folder_requested.emit()
    assert view.called("show_folder") == 0
    (error,) = side.errors
    assert "cannot create your bank folder" in error


def test_the_quiz_setup_is_offered_the_loaded_banks(side: Side) -> None:
    view = FakeQuizSetupView()
    fill_quiz_setup(view, side.state)
    banks, topics, kinds, chosen = view.last("set_options")
    assert banks == [("uitest", "UI test bank")] and chosen == ("uitest",)
    (bank,) = side.data_folder.load().overview.banks
    assert topics["uitest"] == list(bank.topics)
    assert kinds == [k for k in SUPPORTED_KINDS if k in bank.kinds]  # a quiz can ask them
    assert "flashcard" in bank.kinds and "flashcard" not in kinds
    side.state.loaded = None
    fill_quiz_setup(view, side.state)
    assert view.called("set_options") == 1
