"""macOS: whether a camera or an audio input is in use, asked of CoreMediaIO and CoreAudio.

"Running somewhere", through ctypes: the meeting probe meeting.py offers on macOS.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable

_GLOBAL_SCOPE = int.from_bytes(b"glob", "big")
_INPUT_SCOPE = int.from_bytes(b"inpt", "big")
_DEVICES = int.from_bytes(b"dev#", "big")  # kAudioHardwarePropertyDevices, CMIO alike
_STREAMS = int.from_bytes(b"stm#", "big")  # kAudioDevicePropertyStreams
# k{Audio,CMIO}DevicePropertyDeviceIsRunningSomewhere
_RUNNING_SOMEWHERE = int.from_bytes(b"gone", "big")
_SYSTEM_OBJECT = 1  # kAudioObjectSystemObject, kCMIOObjectSystemObject
_MAIN_ELEMENT = 0


class _PropertyAddress(ctypes.Structure):
    """AudioObjectPropertyAddress and CMIOObjectPropertyAddress share this layout."""

    _fields_ = [("selector", ctypes.c_uint32), ("scope", ctypes.c_uint32),
                ("element", ctypes.c_uint32)]


def _framework(name: str) -> ctypes.CDLL:
    from ctypes.util import find_library  # here, not at the top: it loads subprocess

    path = find_library(name) or f"/System/Library/Frameworks/{name}.framework/{name}"
    try:
        return ctypes.CDLL(path)
    except OSError as exc:
        raise OSError(f"{name} is available only on macOS") from exc


class _CoreAudioCapture:
    """CoreAudio: any device with input streams (kAudioDevicePropertyStreams, input scope)
    whose kAudioDevicePropertyDeviceIsRunningSomewhere is non-zero."""

    def __init__(self) -> None:
        lib = _framework("CoreAudio")
        address = ctypes.POINTER(_PropertyAddress)
        u32p = ctypes.POINTER(ctypes.c_uint32)
        lib.AudioObjectGetPropertyDataSize.argtypes = [
            ctypes.c_uint32, address, ctypes.c_uint32, ctypes.c_void_p, u32p]
        lib.AudioObjectGetPropertyDataSize.restype = ctypes.c_int32
        lib.AudioObjectGetPropertyData.argtypes = [
            ctypes.c_uint32, address, ctypes.c_uint32, ctypes.c_void_p, u32p, ctypes.c_void_p]
        lib.AudioObjectGetPropertyData.restype = ctypes.c_int32
        self._lib = lib

    def _size(self, obj: int, selector: int, scope: int) -> int:
        address = _PropertyAddress(selector, scope, _MAIN_ELEMENT)
        size = ctypes.c_uint32(0)
        if self._lib.AudioObjectGetPropertyDataSize(obj, ctypes.byref(address), 0, None,
                                                    ctypes.byref(size)) != 0:
            return 0
        return int(size.value)

    def __call__(self) -> bool | None:
        size = self._size(_SYSTEM_OBJECT, _DEVICES, _GLOBAL_SCOPE)
        count = size // ctypes.sizeof(ctypes.c_uint32)
        if not count:
            return False
        devices = (ctypes.c_uint32 * count)()
        address = _PropertyAddress(_DEVICES, _GLOBAL_SCOPE, _MAIN_ELEMENT)
        used = ctypes.c_uint32(size)
        if self._lib.AudioObjectGetPropertyData(_SYSTEM_OBJECT, ctypes.byref(address), 0, None,
                                                ctypes.byref(used), devices) != 0:
            return None
        running = ctypes.c_uint32()
        running_address = _PropertyAddress(_RUNNING_SOMEWHERE, _GLOBAL_SCOPE, _MAIN_ELEMENT)
        for device in devices[: used.value // ctypes.sizeof(ctypes.c_uint32)]:
            if not self._size(device, _STREAMS, _INPUT_SCOPE):
                continue
            running_size = ctypes.c_uint32(ctypes.sizeof(running))
            if self._lib.AudioObjectGetPropertyData(
                    device, ctypes.byref(running_address), 0, None,
                    ctypes.byref(running_size), ctypes.byref(running)) == 0 and running.value:
                return True
        return False


class _CoreMediaIOCameras:
    """CoreMediaIO: any device (kCMIOHardwarePropertyDevices) whose
    kCMIODevicePropertyDeviceIsRunningSomewhere is non-zero."""

    def __init__(self) -> None:
        lib = _framework("CoreMediaIO")
        address = ctypes.POINTER(_PropertyAddress)
        u32p = ctypes.POINTER(ctypes.c_uint32)
        lib.CMIOObjectGetPropertyDataSize.argtypes = [
            ctypes.c_uint32, address, ctypes.c_uint32, ctypes.c_void_p, u32p]
        lib.CMIOObjectGetPropertyDataSize.restype = ctypes.c_int32
        lib.CMIOObjectGetPropertyData.argtypes = [
            ctypes.c_uint32, address, ctypes.c_uint32, ctypes.c_void_p, ctypes.c_uint32, u32p,
            ctypes.c_void_p]
        lib.CMIOObjectGetPropertyData.restype = ctypes.c_int32
        self._lib = lib

    def __call__(self) -> bool | None:
        address = _PropertyAddress(_DEVICES, _GLOBAL_SCOPE, _MAIN_ELEMENT)
        size = ctypes.c_uint32(0)
        if self._lib.CMIOObjectGetPropertyDataSize(_SYSTEM_OBJECT, ctypes.byref(address), 0,
                                                   None, ctypes.byref(size)) != 0:
            return None
        count = size.value // ctypes.sizeof(ctypes.c_uint32)
        if not count:
            return False
        devices = (ctypes.c_uint32 * count)()
        used = ctypes.c_uint32(0)
        if self._lib.CMIOObjectGetPropertyData(_SYSTEM_OBJECT, ctypes.byref(address), 0, None,
                                               size.value, ctypes.byref(used), devices) != 0:
            return None
        running = ctypes.c_uint32()
        running_address = _PropertyAddress(_RUNNING_SOMEWHERE, _GLOBAL_SCOPE, _MAIN_ELEMENT)
        for device in devices[: used.value // ctypes.sizeof(ctypes.c_uint32)]:
            if self._lib.CMIOObjectGetPropertyData(
                    device, ctypes.byref(running_address), 0, None, ctypes.sizeof(running),
                    ctypes.byref(used), ctypes.byref(running)) == 0 and running.value:
                return True
        return False


class MacMeetingProbe:
    """macOS: CoreMediaIO `kCMIODevicePropertyDeviceIsRunningSomewhere` on every camera and
    CoreAudio `kAudioDevicePropertyDeviceIsRunningSomewhere` on every input-capable audio
    device, through ctypes. Those say "in use by some process", not which; DeskCoach itself
    never records. `camera_running` / `microphone_running` are the two calls, faked in tests.
    """

    name = "macos-running-somewhere"
    uses = "macOS CoreMediaIO and CoreAudio DeviceIsRunningSomewhere"

    def __init__(self, camera_running: Callable[[], bool | None] | None = None,
                 microphone_running: Callable[[], bool | None] | None = None) -> None:
        self._camera = camera_running or _CoreMediaIOCameras()
        self._microphone = microphone_running or _CoreAudioCapture()

    def in_meeting(self) -> str | None:
        if self._camera():
            return "camera"
        if self._microphone():
            return "microphone"
        return None

    def close(self) -> None:
        pass
