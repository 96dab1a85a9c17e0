"""Make DeskCoach's break cues: original sounds, synthesised here from sine partials.

    .venv/bin/python tools/make_sounds.py   # rewrites resources/sounds/*.wav

Each sound has a start cue (rising) and an end cue (falling: it calls back someone who walked
away). They are short, soft and free of clicks (a gentle attack and a long decay), mono 16-bit
at 22.05 kHz. Nothing is sampled from anywhere: the numbers below are the whole recipe, so the
files are ours to license with the code.
"""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

RATE = 22_050
OUT = Path(__file__).resolve().parents[1] / "resources" / "sounds"

#: name: (notes in Hz, partials as (ratio, weight), seconds per note, decay per second)
VOICES: dict[str, tuple[tuple[float, ...], tuple[tuple[float, float], ...], float, float]] = {
    "chime": ((659.25, 987.77), ((1.0, 1.0), (2.0, 0.25), (3.0, 0.08)), 0.32, 5.0),
    "bell": ((523.25, 783.99), ((1.0, 1.0), (2.76, 0.3), (5.4, 0.1)), 0.38, 3.5),
    "soft": ((392.0, 523.25), ((1.0, 1.0), (4.0, 0.12)), 0.34, 6.0),
}


def note(freq: float, partials: tuple[tuple[float, float], ...], length: float,
         decay: float) -> np.ndarray:
    t = np.arange(int(RATE * length)) / RATE
    tone = sum(w * np.sin(2 * np.pi * freq * r * t) for r, w in partials)
    attack = np.minimum(1.0, t / 0.012)  # 12 ms: no click
    return np.asarray(tone * attack * np.exp(-decay * t))


def cue(notes: tuple[float, ...], partials: tuple[tuple[float, float], ...], step: float,
        decay: float) -> np.ndarray:
    tail = 0.45
    out = np.zeros(int(RATE * (step * len(notes) + tail)))
    for i, freq in enumerate(notes):
        sound = note(freq, partials, step + tail, decay)
        start = int(RATE * step * i)
        out[start:start + len(sound)] += sound
    out *= np.linspace(1.0, 0.0, len(out)) ** 0.5  # fade to silence at the very end
    return out / np.max(np.abs(out)) * 0.5  # half scale: soft, and room for the volume


def write(path: Path, samples: np.ndarray) -> None:
    data = (samples * 32767).astype("<i2").tobytes()
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(RATE)
        f.writeframes(data)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (notes, partials, step, decay) in VOICES.items():
        write(OUT / f"{name}-start.wav", cue(notes, partials, step, decay))
        write(OUT / f"{name}-end.wav", cue(notes[::-1], partials, step, decay))


if __name__ == "__main__":
    main()
