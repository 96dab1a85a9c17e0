"""The break cues: DeskCoach's own sounds, soft and click-free, and the player chosen for them."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from deskcoach.core.settings import SOUND_CHOICES
from deskcoach.platform.sound import WHICH, cue_file, play_cue, player_command


def _samples(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path), "rb") as f:
        assert (f.getnchannels(), f.getsampwidth()) == (1, 2)
        rate = f.getframerate()
        data = np.frombuffer(f.readframes(f.getnframes()), dtype="<i2") / 32768
    return data, rate


def _pitch(part: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(part * np.hanning(len(part))))
    return float(np.argmax(spectrum) * rate / len(part))


@pytest.mark.parametrize("sound", SOUND_CHOICES)
def test_each_sound_has_a_soft_rising_start_and_falling_end_cue(sound: str) -> None:
    pitches = {}
    for which in WHICH:
        data, rate = _samples(cue_file(sound, which))
        assert 0.5 < len(data) / rate < 1.5  # short
        assert np.max(np.abs(data)) <= 0.51  # half scale at most: soft
        assert abs(data[0]) < 0.01  # no click at either end
        assert abs(data[-1]) < 0.01
        tenth = len(data) // 10
        pitches[which] = (_pitch(data[:3 * tenth], rate), _pitch(data[4 * tenth:7 * tenth], rate))
    assert pitches["start"][0] < pitches["start"][1]  # the start cue rises
    assert pitches["end"][0] > pitches["end"][1]  # the end cue falls


def test_the_player_gets_the_volume_in_its_own_terms() -> None:
    wav = Path("/x/chime-start.wav")

    def only(*names: str):  # type: ignore[no-untyped-def]
        return lambda name: f"/usr/bin/{name}" if name in names else None

    assert player_command(wav, 60, only("pw-play", "paplay"), "linux") == [
        "/usr/bin/pw-play", "--volume=0.60", str(wav)]
    assert player_command(wav, 50, only("paplay"), "linux") == [
        "/usr/bin/paplay", "--volume=32768", str(wav)]
    assert player_command(wav, 10, only("canberra-gtk-play"), "linux") == [
        "/usr/bin/canberra-gtk-play", "-f", str(wav), "-V", "-20.0", "-d", "DeskCoach"]
    assert player_command(wav, 100, only("afplay"), "darwin") == [
        "/usr/bin/afplay", "-v", "1.00", str(wav)]
    assert player_command(wav, 60, only(), "linux") is None
    assert player_command(wav, 250, only("pw-play"), "linux")[1] == "--volume=1.00"  # type: ignore[index]


def test_volume_zero_is_silence_without_a_player(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    assert play_cue("chime", "start", 0) is True
    assert play_cue("chime", "start", 50) is False  # no player here: the app beeps instead
