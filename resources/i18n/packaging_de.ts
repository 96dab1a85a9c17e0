<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>desktop</name>
        <message>
            <source>Break Reminder</source>
            <comment>GenericName</comment>
            <translation>Pausenerinnerung</translation>
        </message>
        <message>
            <source>Reminds you to take short movement breaks at your desk</source>
            <comment>Comment</comment>
            <translation>Erinnert dich an kurze Bewegungspausen am Schreibtisch</translation>
        </message>
        <message>
            <source>break;pause;ergonomics;posture;stretch;exercise;movement;health;RSI;timer;</source>
            <comment>Keywords</comment>
            <translation>Pause;Bewegungspause;Ergonomie;Haltung;Dehnen;Übung;Bewegung;Gesundheit;RSI;Timer;break;stretch;</translation>
        </message>
    </context>
    <context>
        <name>appstream</name>
        <message>
            <source>Calm reminders to take short movement breaks</source>
            <comment>summary</comment>
            <translation>Ruhige Erinnerungen an kurze Bewegungspausen</translation>
        </message>
        <message>
            <source>DeskCoach is a calm system-tray coach for people who sit at a screen all day. It runs a work timer and, when a break is due, guides a short movement break on screen, without taking the keyboard focus.</source>
            <comment>description/p[1]</comment>
            <translation>DeskCoach ist ein ruhiger Coach im Infobereich für Menschen, die den ganzen Tag am Bildschirm sitzen. Er führt einen Arbeitstimer und leitet, wenn eine Pause fällig ist, eine kurze Bewegungspause auf dem Bildschirm an, ohne den Tastaturfokus zu übernehmen.</translation>
        </message>
        <message>
            <source>Short movement breaks and stretches with illustrated steps; body regions rotate through the day</source>
            <comment>description/li[3]</comment>
            <translation>Kurze Bewegungspausen und Dehnungen mit bebilderten Schritten; die Körperregionen wechseln über den Tag</translation>
        </message>
        <message>
            <source>Waits while you keep typing, and counts time away from the computer as a natural break</source>
            <comment>description/li[4]</comment>
            <translation>Wartet, solange du weitertippst, und zählt Zeit weg vom Computer als natürliche Pause</translation>
        </message>
        <message>
            <source>A workstation checklist with a report you can export</source>
            <comment>description/li[5]</comment>
            <translation>Eine Arbeitsplatz-Checkliste mit einem exportierbaren Bericht</translation>
        </message>
        <message>
            <source>Progress charts, kept on your computer only: nothing is ever sent anywhere</source>
            <comment>description/li[6]</comment>
            <translation>Fortschrittsdiagramme, nur auf deinem Computer gespeichert: Nichts wird je irgendwohin gesendet</translation>
        </message>
        <message>
            <source>Organisation policy for fleets: locked settings and limits in /etc/deskcoach</source>
            <comment>description/li[7]</comment>
            <translation>Organisationsrichtlinien für viele Geräte: gesperrte Einstellungen und Grenzen in /etc/deskcoach</translation>
        </message>
        <message>
            <source>DeskCoach gives general movement guidance, not medical advice.</source>
            <comment>description/p[8]</comment>
            <translation>DeskCoach gibt allgemeine Hinweise zur Bewegung, keinen medizinischen Rat.</translation>
        </message>
    </context>
    <context>
        <name>adml</name>
        <message>
            <source>Movement-break reminders. Policies here are mandatory: users cannot change them. DeskCoach has no network code and reports nothing to the organisation.</source>
            <comment>DeskCoach_Help</comment>
            <translation>Erinnerungen an Bewegungspausen. Die Richtlinien hier sind verbindlich: Benutzer können sie nicht ändern. DeskCoach enthält keinen Netzwerkcode und meldet nichts an die Organisation.</translation>
        </message>
        <message>
            <source>Timing</source>
            <comment>Cat_Timing</comment>
            <translation>Zeitplan</translation>
        </message>
        <message>
            <source>Putting breaks off</source>
            <comment>Cat_Putting_breaks_off</comment>
            <translation>Pausen verschieben</translation>
        </message>
        <message>
            <source>Sound</source>
            <comment>Cat_Sound</comment>
            <translation>Ton</translation>
        </message>
        <message>
            <source>Exercises</source>
            <comment>Cat_Exercises</comment>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>Smart timing</source>
            <comment>Cat_Smart_timing</comment>
            <translation>Intelligentes Timing</translation>
        </message>
        <message>
            <source>Workstation check</source>
            <comment>Cat_Workstation_check</comment>
            <translation>Arbeitsplatz-Check</translation>
        </message>
        <message>
            <source>Progress</source>
            <comment>Cat_Progress</comment>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Eye breaks</source>
            <comment>Cat_Eye_breaks</comment>
            <translation>Augenpausen</translation>
        </message>
        <message>
            <source>Daily routines</source>
            <comment>Cat_Daily_routines</comment>
            <translation>Tägliche Routinen</translation>
        </message>
        <message>
            <source>Break window</source>
            <comment>Cat_Break_window</comment>
            <translation>Pausenfenster</translation>
        </message>
        <message>
            <source>Appearance</source>
            <comment>Cat_Appearance</comment>
            <translation>Darstellung</translation>
        </message>
        <message>
            <source>Limits (users may only make these stricter)</source>
            <comment>Cat_Limits</comment>
            <translation>Grenzen (Benutzer können sie nur strenger machen)</translation>
        </message>
        <message>
            <source>Features</source>
            <comment>Cat_Features</comment>
            <translation>Funktionen</translation>
        </message>
        <message>
            <source>Recommended (users may change these)</source>
            <comment>Cat_Recommended</comment>
            <translation>Empfohlen (Benutzer können sie ändern)</translation>
        </message>
        <message>
            <source>Work interval</source>
            <comment>work_minutes</comment>
            <translation>Arbeitsintervall</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-120 minutes. Built-in default: 40.

Registry: Software\Policies\DeskCoach, value work_minutes (REG_DWORD).</source>
            <comment>work_minutes_Help</comment>
            <translation>Arbeitsminuten zwischen den Pausen; 30–45 werden empfohlen.

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: 5-120 Minuten. Eingebauter Standardwert: 40.

Registrierung: Software\Policies\DeskCoach, Wert work_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length</source>
            <comment>break_seconds</comment>
            <translation>Pausendauer</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 30-600 seconds. Built-in default: 120.

Registry: Software\Policies\DeskCoach, value break_seconds (REG_DWORD).</source>
            <comment>break_seconds_Help</comment>
            <translation>Wie lange jede Bewegungspause dauert.

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: 30-600 Sekunden. Eingebauter Standardwert: 120.

Registrierung: Software\Policies\DeskCoach, Wert break_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Notice before a break</source>
            <comment>notice_seconds</comment>
            <translation>Vorwarnung vor einer Pause</translation>
        </message>
        <message>
            <source>How early the tray warns that a break is coming (0 = no notice).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-300 seconds. Built-in default: 60.

Registry: Software\Policies\DeskCoach, value notice_seconds (REG_DWORD).</source>
            <comment>notice_seconds_Help</comment>
            <translation>Wie früh das Symbol im Infobereich eine Pause ankündigt (0 = keine Vorwarnung).

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: 0-300 Sekunden. Eingebauter Standardwert: 60.

Registrierung: Software\Policies\DeskCoach, Wert notice_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length</source>
            <comment>snooze_minutes</comment>
            <translation>Verschiebedauer</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach, value snooze_minutes (REG_DWORD).</source>
            <comment>snooze_minutes_Help</comment>
            <translation>Um wie lange „Später“ eine Pause verschiebt.

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: 1-30 Minuten. Eingebauter Standardwert: 5.

Registrierung: Software\Policies\DeskCoach, Wert snooze_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break</source>
            <comment>snoozes_per_break</comment>
            <translation>Verschiebungen pro Pause</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-5. Built-in default: 2.

Registry: Software\Policies\DeskCoach, value snoozes_per_break (REG_DWORD).</source>
            <comment>snoozes_per_break_Help</comment>
            <translation>Wie oft eine Pause verschoben werden darf.

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: 0-5. Eingebauter Standardwert: 2.

Registrierung: Software\Policies\DeskCoach, Wert snoozes_per_break (REG_DWORD).</translation>
        </message>
        <message>
            <source>0</source>
            <comment>daily_skip_budget_0</comment>
            <translation>0</translation>
        </message>
        <message>
            <source>1</source>
            <comment>daily_skip_budget_1</comment>
            <translation>1</translation>
        </message>
        <message>
            <source>2</source>
            <comment>daily_skip_budget_2</comment>
            <translation>2</translation>
        </message>
        <message>
            <source>3</source>
            <comment>daily_skip_budget_3</comment>
            <translation>3</translation>
        </message>
        <message>
            <source>4</source>
            <comment>daily_skip_budget_4</comment>
            <translation>4</translation>
        </message>
        <message>
            <source>5</source>
            <comment>daily_skip_budget_5</comment>
            <translation>5</translation>
        </message>
        <message>
            <source>6</source>
            <comment>daily_skip_budget_6</comment>
            <translation>6</translation>
        </message>
        <message>
            <source>7</source>
            <comment>daily_skip_budget_7</comment>
            <translation>7</translation>
        </message>
        <message>
            <source>8</source>
            <comment>daily_skip_budget_8</comment>
            <translation>8</translation>
        </message>
        <message>
            <source>9</source>
            <comment>daily_skip_budget_9</comment>
            <translation>9</translation>
        </message>
        <message>
            <source>10</source>
            <comment>daily_skip_budget_10</comment>
            <translation>10</translation>
        </message>
        <message>
            <source>11</source>
            <comment>daily_skip_budget_11</comment>
            <translation>11</translation>
        </message>
        <message>
            <source>12</source>
            <comment>daily_skip_budget_12</comment>
            <translation>12</translation>
        </message>
        <message>
            <source>13</source>
            <comment>daily_skip_budget_13</comment>
            <translation>13</translation>
        </message>
        <message>
            <source>14</source>
            <comment>daily_skip_budget_14</comment>
            <translation>14</translation>
        </message>
        <message>
            <source>15</source>
            <comment>daily_skip_budget_15</comment>
            <translation>15</translation>
        </message>
        <message>
            <source>16</source>
            <comment>daily_skip_budget_16</comment>
            <translation>16</translation>
        </message>
        <message>
            <source>17</source>
            <comment>daily_skip_budget_17</comment>
            <translation>17</translation>
        </message>
        <message>
            <source>18</source>
            <comment>daily_skip_budget_18</comment>
            <translation>18</translation>
        </message>
        <message>
            <source>19</source>
            <comment>daily_skip_budget_19</comment>
            <translation>19</translation>
        </message>
        <message>
            <source>20</source>
            <comment>daily_skip_budget_20</comment>
            <translation>20</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <comment>daily_skip_budget_unlimited</comment>
            <translation>Unbegrenzt</translation>
        </message>
        <message>
            <source>Skips per day</source>
            <comment>daily_skip_budget</comment>
            <translation>Überspringen pro Tag</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-20, or -1 for unlimited. Built-in default: 3.

Registry: Software\Policies\DeskCoach, value daily_skip_budget (REG_DWORD).

The list offers 0-20 and unlimited (-1), stored as 4294967295.</source>
            <comment>daily_skip_budget_Help</comment>
            <translation>Wie viele Pausen pro Tag übersprungen werden dürfen.

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: 0-20, oder -1 für unbegrenzt. Eingebauter Standardwert: 3.

Registrierung: Software\Policies\DeskCoach, Wert daily_skip_budget (REG_DWORD).

Die Liste bietet 0-20 und unbegrenzt (-1), gespeichert als 4294967295.</translation>
        </message>
        <message>
            <source>Strict mode</source>
            <comment>strict_mode</comment>
            <translation>Strenger Modus</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value strict_mode (REG_DWORD).</source>
            <comment>strict_mode_Help</comment>
            <translation>Pausen können weder übersprungen noch verschoben werden.

Aktiviert: an (gesperrt).
Deaktiviert: aus (gesperrt).
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: an oder aus. Eingebauter Standardwert: aus.

Registrierung: Software\Policies\DeskCoach, Wert strict_mode (REG_DWORD).</translation>
        </message>
        <message>
            <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value sound (REG_DWORD).</source>
            <comment>sound_Help</comment>
            <translation>Einen leisen Ton spielen, wenn eine Pause beginnt und endet (nie, während ein Meeting Pausen zurückhält).

Aktiviert: an (gesperrt).
Deaktiviert: aus (gesperrt).
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: an oder aus. Eingebauter Standardwert: an.

Registrierung: Software\Policies\DeskCoach, Wert sound (REG_DWORD).</translation>
        </message>
        <message>
            <source>Start at login</source>
            <comment>start_at_login</comment>
            <translation>Bei der Anmeldung starten</translation>
        </message>
        <message>
            <source>Start DeskCoach when you log in.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value start_at_login (REG_DWORD).</source>
            <comment>start_at_login_Help</comment>
            <translation>DeskCoach starten, wenn du dich anmeldest.

Aktiviert: an (gesperrt).
Deaktiviert: aus (gesperrt).
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: an oder aus. Eingebauter Standardwert: an.

Registrierung: Software\Policies\DeskCoach, Wert start_at_login (REG_DWORD).</translation>
        </message>
        <message>
            <source>Reduced motion</source>
            <comment>reduced_motion</comment>
            <translation>Weniger Bewegung</translation>
        </message>
        <message>
            <source>Show still key poses instead of animations.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value reduced_motion (REG_DWORD).</source>
            <comment>reduced_motion_Help</comment>
            <translation>Feste Schlüsselhaltungen statt Animationen zeigen.

Aktiviert: an (gesperrt).
Deaktiviert: aus (gesperrt).
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: an oder aus. Eingebauter Standardwert: aus.

Registrierung: Software\Policies\DeskCoach, Wert reduced_motion (REG_DWORD).</translation>
        </message>
        <message>
            <source>Seated only</source>
            <comment>seated_only</comment>
            <translation>Nur im Sitzen</translation>
        </message>
        <message>
            <source>Only suggest exercises that can be done sitting down.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value seated_only (REG_DWORD).</source>
            <comment>seated_only_Help</comment>
            <translation>Nur Übungen vorschlagen, die im Sitzen gehen.

Aktiviert: an (gesperrt).
Deaktiviert: aus (gesperrt).
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: an oder aus. Eingebauter Standardwert: aus.

Registrierung: Software\Policies\DeskCoach, Wert seated_only (REG_DWORD).</translation>
        </message>
        <message>
            <source>any</source>
            <comment>spine_preference_any</comment>
            <translation>Beides (any)</translation>
        </message>
        <message>
            <source>extension</source>
            <comment>spine_preference_extension</comment>
            <translation>Rückbeugen (extension)</translation>
        </message>
        <message>
            <source>flexion</source>
            <comment>spine_preference_flexion</comment>
            <translation>Vorbeugen (flexion)</translation>
        </message>
        <message>
            <source>Back movements</source>
            <comment>spine_preference</comment>
            <translation>Rückenbewegungen</translation>
        </message>
        <message>
            <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: any | extension | flexion. Built-in default: any.

Registry: Software\Policies\DeskCoach, value spine_preference (REG_SZ).</source>
            <comment>spine_preference_Help</comment>
            <translation>Vorbeugen (Flexion) oder Rückbeugen (Extension) weglassen, wenn sich eines davon nicht gut anfühlt.

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: any | extension | flexion. Eingebauter Standardwert: any.

Registrierung: Software\Policies\DeskCoach, Wert spine_preference (REG_SZ).</translation>
        </message>
        <message>
            <source>Regions to leave out</source>
            <comment>avoid_regions</comment>
            <translation>Auszulassende Körperregionen</translation>
        </message>
        <message>
            <source>Body regions DeskCoach should not suggest exercises for.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: a list of up to 64 of: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach, value avoid_regions (REG_MULTI_SZ).</source>
            <comment>avoid_regions_Help</comment>
            <translation>Körperregionen, für die DeskCoach keine Übungen vorschlagen soll.

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: eine Liste mit bis zu 64 von: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (einer pro Zeile). Eingebauter Standardwert: (keine).

Registrierung: Software\Policies\DeskCoach, Wert avoid_regions (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Exercises to leave out</source>
            <comment>avoid_exercises</comment>
            <translation>Auszulassende Übungen</translation>
        </message>
        <message>
            <source>Exercises DeskCoach should never suggest.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: a list of up to 64 of: exercise ids (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach, value avoid_exercises (REG_MULTI_SZ).</source>
            <comment>avoid_exercises_Help</comment>
            <translation>Übungen, die DeskCoach nie vorschlagen soll.

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: eine Liste mit bis zu 64 von: Übungs-IDs (einer pro Zeile). Eingebauter Standardwert: (keine).

Registrierung: Software\Policies\DeskCoach, Wert avoid_exercises (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Away after</source>
            <comment>idle_minutes</comment>
            <translation>Abwesend nach</translation>
        </message>
        <message>
            <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break's length counts as a natural break.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach, value idle_minutes (REG_DWORD).</source>
            <comment>idle_minutes_Help</comment>
            <translation>Minuten ohne Tastatur oder Maus, nach denen der Arbeitstimer anhält; wer mindestens eine Pausenlänge weg war, hat eine natürliche Pause gemacht.

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: 1-30 Minuten. Eingebauter Standardwert: 5.

Registrierung: Software\Policies\DeskCoach, Wert idle_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for full-screen apps</source>
            <comment>defer_fullscreen</comment>
            <translation>Auf Vollbild-Apps warten</translation>
        </message>
        <message>
            <source>Hold a break while a full-screen app or presentation is in front.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value defer_fullscreen (REG_DWORD).</source>
            <comment>defer_fullscreen_Help</comment>
            <translation>Eine Pause zurückhalten, solange eine Vollbild-App oder Präsentation im Vordergrund ist.

Aktiviert: an (gesperrt).
Deaktiviert: aus (gesperrt).
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: an oder aus. Eingebauter Standardwert: an.

Registrierung: Software\Policies\DeskCoach, Wert defer_fullscreen (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for meetings</source>
            <comment>defer_meetings</comment>
            <translation>Auf Meetings warten</translation>
        </message>
        <message>
            <source>Hold a break while another app uses the camera or microphone.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value defer_meetings (REG_DWORD).</source>
            <comment>defer_meetings_Help</comment>
            <translation>Eine Pause zurückhalten, solange eine andere App Kamera oder Mikrofon nutzt.

Aktiviert: an (gesperrt).
Deaktiviert: aus (gesperrt).
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: an oder aus. Eingebauter Standardwert: an.

Registrierung: Software\Policies\DeskCoach, Wert defer_meetings (REG_DWORD).</translation>
        </message>
        <message>
            <source>Longest wait</source>
            <comment>max_defer_minutes</comment>
            <translation>Längste Wartezeit</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-240 minutes. Built-in default: 60.

Registry: Software\Policies\DeskCoach, value max_defer_minutes (REG_DWORD).</source>
            <comment>max_defer_minutes_Help</comment>
            <translation>Nach dieser Zeit erinnert eine zurückgehaltene Pause sanft an sich.

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: 5-240 Minuten. Eingebauter Standardwert: 60.

Registrierung: Software\Policies\DeskCoach, Wert max_defer_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Working hours</source>
            <comment>working_hours</comment>
            <translation>Arbeitszeit</translation>
        </message>
        <message>
            <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always. Built-in default: (empty).

Registry: Software\Policies\DeskCoach, value working_hours (REG_SZ).</source>
            <comment>working_hours_Help</comment>
            <translation>z. B. mon-fri 08:30-12:30,13:30-17:30; leer heißt immer.

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: z. B. mon-fri 08:30-12:30,13:30-17:30; leer heißt immer. Eingebauter Standardwert: (leer).

Registrierung: Software\Policies\DeskCoach, Wert working_hours (REG_SZ).</translation>
        </message>
        <message>
            <source>Checklist reminders</source>
            <comment>checklist_reminders</comment>
            <translation>Erinnerungen zur Checkliste</translation>
        </message>
        <message>
            <source>Remind me of open workstation actions and when a fresh check is due.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value checklist_reminders (REG_DWORD).</source>
            <comment>checklist_reminders_Help</comment>
            <translation>An offene Maßnahmen am Arbeitsplatz erinnern und daran, wann ein neuer Check fällig ist.

Aktiviert: an (gesperrt).
Deaktiviert: aus (gesperrt).
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: an oder aus. Eingebauter Standardwert: an.

Registrierung: Software\Policies\DeskCoach, Wert checklist_reminders (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after</source>
            <comment>reassess_months</comment>
            <translation>Neuer Check nach</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-24 months. Built-in default: 6.

Registry: Software\Policies\DeskCoach, value reassess_months (REG_DWORD).</source>
            <comment>reassess_months_Help</comment>
            <translation>Monate nach einem Arbeitsplatz-Check, bis DeskCoach einen neuen vorschlägt.

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: 1-24 Monate. Eingebauter Standardwert: 6.

Registrierung: Software\Policies\DeskCoach, Wert reassess_months (REG_DWORD).</translation>
        </message>
        <message>
            <source>Streak goal</source>
            <comment>goal_percent</comment>
            <translation>Ziel für die Serie</translation>
        </message>
        <message>
            <source>The share of the day's due breaks to take for the day to join your streak on the progress dashboard.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 10-100 %. Built-in default: 80.

Registry: Software\Policies\DeskCoach, value goal_percent (REG_DWORD).</source>
            <comment>goal_percent_Help</comment>
            <translation>Der Anteil der fälligen Pausen eines Tages, den du machen musst, damit der Tag in deiner Serie in der Übersicht zählt.

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: 10-100 %. Eingebauter Standardwert: 80.

Registrierung: Software\Policies\DeskCoach, Wert goal_percent (REG_DWORD).</translation>
        </message>
        <message>
            <source>21</source>
            <comment>eye_break_minutes_21</comment>
            <translation>21</translation>
        </message>
        <message>
            <source>22</source>
            <comment>eye_break_minutes_22</comment>
            <translation>22</translation>
        </message>
        <message>
            <source>23</source>
            <comment>eye_break_minutes_23</comment>
            <translation>23</translation>
        </message>
        <message>
            <source>24</source>
            <comment>eye_break_minutes_24</comment>
            <translation>24</translation>
        </message>
        <message>
            <source>25</source>
            <comment>eye_break_minutes_25</comment>
            <translation>25</translation>
        </message>
        <message>
            <source>26</source>
            <comment>eye_break_minutes_26</comment>
            <translation>26</translation>
        </message>
        <message>
            <source>27</source>
            <comment>eye_break_minutes_27</comment>
            <translation>27</translation>
        </message>
        <message>
            <source>28</source>
            <comment>eye_break_minutes_28</comment>
            <translation>28</translation>
        </message>
        <message>
            <source>29</source>
            <comment>eye_break_minutes_29</comment>
            <translation>29</translation>
        </message>
        <message>
            <source>30</source>
            <comment>eye_break_minutes_30</comment>
            <translation>30</translation>
        </message>
        <message>
            <source>31</source>
            <comment>eye_break_minutes_31</comment>
            <translation>31</translation>
        </message>
        <message>
            <source>32</source>
            <comment>eye_break_minutes_32</comment>
            <translation>32</translation>
        </message>
        <message>
            <source>33</source>
            <comment>eye_break_minutes_33</comment>
            <translation>33</translation>
        </message>
        <message>
            <source>34</source>
            <comment>eye_break_minutes_34</comment>
            <translation>34</translation>
        </message>
        <message>
            <source>35</source>
            <comment>eye_break_minutes_35</comment>
            <translation>35</translation>
        </message>
        <message>
            <source>36</source>
            <comment>eye_break_minutes_36</comment>
            <translation>36</translation>
        </message>
        <message>
            <source>37</source>
            <comment>eye_break_minutes_37</comment>
            <translation>37</translation>
        </message>
        <message>
            <source>38</source>
            <comment>eye_break_minutes_38</comment>
            <translation>38</translation>
        </message>
        <message>
            <source>39</source>
            <comment>eye_break_minutes_39</comment>
            <translation>39</translation>
        </message>
        <message>
            <source>40</source>
            <comment>eye_break_minutes_40</comment>
            <translation>40</translation>
        </message>
        <message>
            <source>41</source>
            <comment>eye_break_minutes_41</comment>
            <translation>41</translation>
        </message>
        <message>
            <source>42</source>
            <comment>eye_break_minutes_42</comment>
            <translation>42</translation>
        </message>
        <message>
            <source>43</source>
            <comment>eye_break_minutes_43</comment>
            <translation>43</translation>
        </message>
        <message>
            <source>44</source>
            <comment>eye_break_minutes_44</comment>
            <translation>44</translation>
        </message>
        <message>
            <source>45</source>
            <comment>eye_break_minutes_45</comment>
            <translation>45</translation>
        </message>
        <message>
            <source>46</source>
            <comment>eye_break_minutes_46</comment>
            <translation>46</translation>
        </message>
        <message>
            <source>47</source>
            <comment>eye_break_minutes_47</comment>
            <translation>47</translation>
        </message>
        <message>
            <source>48</source>
            <comment>eye_break_minutes_48</comment>
            <translation>48</translation>
        </message>
        <message>
            <source>49</source>
            <comment>eye_break_minutes_49</comment>
            <translation>49</translation>
        </message>
        <message>
            <source>50</source>
            <comment>eye_break_minutes_50</comment>
            <translation>50</translation>
        </message>
        <message>
            <source>51</source>
            <comment>eye_break_minutes_51</comment>
            <translation>51</translation>
        </message>
        <message>
            <source>52</source>
            <comment>eye_break_minutes_52</comment>
            <translation>52</translation>
        </message>
        <message>
            <source>53</source>
            <comment>eye_break_minutes_53</comment>
            <translation>53</translation>
        </message>
        <message>
            <source>54</source>
            <comment>eye_break_minutes_54</comment>
            <translation>54</translation>
        </message>
        <message>
            <source>55</source>
            <comment>eye_break_minutes_55</comment>
            <translation>55</translation>
        </message>
        <message>
            <source>56</source>
            <comment>eye_break_minutes_56</comment>
            <translation>56</translation>
        </message>
        <message>
            <source>57</source>
            <comment>eye_break_minutes_57</comment>
            <translation>57</translation>
        </message>
        <message>
            <source>58</source>
            <comment>eye_break_minutes_58</comment>
            <translation>58</translation>
        </message>
        <message>
            <source>59</source>
            <comment>eye_break_minutes_59</comment>
            <translation>59</translation>
        </message>
        <message>
            <source>60</source>
            <comment>eye_break_minutes_60</comment>
            <translation>60</translation>
        </message>
        <message>
            <source>Off</source>
            <comment>eye_break_minutes_off</comment>
            <translation>Aus</translation>
        </message>
        <message>
            <source>Eye breaks every</source>
            <comment>eye_break_minutes</comment>
            <translation>Augenpausen alle</translation>
        </message>
        <message>
            <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-60 minutes, or 0 for off. Built-in default: 20.

Registry: Software\Policies\DeskCoach, value eye_break_minutes (REG_DWORD).

The list offers 5-60 and off (0), stored as 0.</source>
            <comment>eye_break_minutes_Help</comment>
            <translation>Eine 20-Sekunden-Erinnerung, in die Ferne zu schauen, zwischen den Bewegungspausen (0 = aus).

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: 5-60 Minuten, oder 0 für aus. Eingebauter Standardwert: 20.

Registrierung: Software\Policies\DeskCoach, Wert eye_break_minutes (REG_DWORD).

Die Liste bietet 5-60 und aus (0), gespeichert als 0.</translation>
        </message>
        <message>
            <source>Daily anchors</source>
            <comment>daily_anchors</comment>
            <translation>Tägliche Anker</translation>
        </message>
        <message>
            <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none. Built-in default: (empty).

Registry: Software\Policies\DeskCoach, value daily_anchors (REG_SZ).</source>
            <comment>daily_anchors_Help</comment>
            <translation>Optionale Fünf-Minuten-Routinen zu Zeiten, die du ohnehin einhältst, z. B. Kaffee 08:30, Mittag 12:30, Feierabend 17:15; leer heißt keine.

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: Optionale Fünf-Minuten-Routinen zu Zeiten, die du ohnehin einhältst, z. B. Kaffee 08:30, Mittag 12:30, Feierabend 17:15; leer heißt keine. Eingebauter Standardwert: (leer).

Registrierung: Software\Policies\DeskCoach, Wert daily_anchors (REG_SZ).</translation>
        </message>
        <message>
            <source>Volume</source>
            <comment>sound_volume</comment>
            <translation>Lautstärke</translation>
        </message>
        <message>
            <source>How loud the break cues are.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-100 %. Built-in default: 60.

Registry: Software\Policies\DeskCoach, value sound_volume (REG_DWORD).</source>
            <comment>sound_volume_Help</comment>
            <translation>Wie laut die Pausentöne sind.

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: 0-100 %. Eingebauter Standardwert: 60.

Registrierung: Software\Policies\DeskCoach, Wert sound_volume (REG_DWORD).</translation>
        </message>
        <message>
            <source>chime</source>
            <comment>sound_cue_chime</comment>
            <translation>Glockenspiel (chime)</translation>
        </message>
        <message>
            <source>bell</source>
            <comment>sound_cue_bell</comment>
            <translation>Glocke (bell)</translation>
        </message>
        <message>
            <source>soft</source>
            <comment>sound_cue_soft</comment>
            <translation>Sanft (soft)</translation>
        </message>
        <message>
            <source>Cue</source>
            <comment>sound_cue</comment>
            <translation>Ton</translation>
        </message>
        <message>
            <source>Which of DeskCoach's sounds the cues use.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: chime | bell | soft. Built-in default: chime.

Registry: Software\Policies\DeskCoach, value sound_cue (REG_SZ).</source>
            <comment>sound_cue_Help</comment>
            <translation>Welchen DeskCoach-Klang die Töne verwenden.

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: chime | bell | soft. Eingebauter Standardwert: chime.

Registrierung: Software\Policies\DeskCoach, Wert sound_cue (REG_SZ).</translation>
        </message>
        <message>
            <source>pointer</source>
            <comment>break_screens_pointer</comment>
            <translation>Bildschirm mit Mauszeiger (pointer)</translation>
        </message>
        <message>
            <source>primary</source>
            <comment>break_screens_primary</comment>
            <translation>Hauptbildschirm (primary)</translation>
        </message>
        <message>
            <source>all</source>
            <comment>break_screens_all</comment>
            <translation>Alle Bildschirme (all)</translation>
        </message>
        <message>
            <source>Break window on</source>
            <comment>break_screens</comment>
            <translation>Pausenfenster auf</translation>
        </message>
        <message>
            <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer's screen and a calm dimmed panel on the others (it never blocks input).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: pointer | primary | all. Built-in default: pointer.

Registry: Software\Policies\DeskCoach, value break_screens (REG_SZ).</source>
            <comment>break_screens_Help</comment>
            <translation>pointer: dem Bildschirm mit dem Mauszeiger; primary: dem Hauptbildschirm; all: Pause auf dem Bildschirm des Mauszeigers und eine ruhige, abgedunkelte Fläche auf den anderen (sie blockiert nie die Eingabe).

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: pointer | primary | all. Eingebauter Standardwert: pointer.

Registrierung: Software\Policies\DeskCoach, Wert break_screens (REG_SZ).</translation>
        </message>
        <message>
            <source>system</source>
            <comment>theme_system</comment>
            <translation>Wie der Desktop (system)</translation>
        </message>
        <message>
            <source>light</source>
            <comment>theme_light</comment>
            <translation>Hell (light)</translation>
        </message>
        <message>
            <source>dark</source>
            <comment>theme_dark</comment>
            <translation>Dunkel (dark)</translation>
        </message>
        <message>
            <source>Colours</source>
            <comment>theme</comment>
            <translation>Farben</translation>
        </message>
        <message>
            <source>Light or dark windows; system follows your desktop's colour scheme.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: system | light | dark. Built-in default: system.

Registry: Software\Policies\DeskCoach, value theme (REG_SZ).</source>
            <comment>theme_Help</comment>
            <translation>Helle oder dunkle Fenster; system folgt dem Farbschema deines Desktops.

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: system | light | dark. Eingebauter Standardwert: system.

Registrierung: Software\Policies\DeskCoach, Wert theme (REG_SZ).</translation>
        </message>
        <message>
            <source>en</source>
            <comment>language_en</comment>
            <translation>en</translation>
        </message>
        <message>
            <source>de</source>
            <comment>language_de</comment>
            <translation>de</translation>
        </message>
        <message>
            <source>fr</source>
            <comment>language_fr</comment>
            <translation>fr</translation>
        </message>
        <message>
            <source>es</source>
            <comment>language_es</comment>
            <translation>es</translation>
        </message>
        <message>
            <source>it</source>
            <comment>language_it</comment>
            <translation>it</translation>
        </message>
        <message>
            <source>nl</source>
            <comment>language_nl</comment>
            <translation>nl</translation>
        </message>
        <message>
            <source>pt_BR</source>
            <comment>language_pt_BR</comment>
            <translation>pt_BR</translation>
        </message>
        <message>
            <source>ja</source>
            <comment>language_ja</comment>
            <translation>ja</translation>
        </message>
        <message>
            <source>ar</source>
            <comment>language_ar</comment>
            <translation>ar</translation>
        </message>
        <message>
            <source>Language</source>
            <comment>language</comment>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The language of DeskCoach's menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Built-in default: system.

Registry: Software\Policies\DeskCoach, value language (REG_SZ).</source>
            <comment>language_Help</comment>
            <translation>Die Sprache der Menüs, Übungen und Meldungen von DeskCoach; system folgt deinem Desktop. Sie gilt sofort; bereits offene Fenster wechseln, wenn du sie neu öffnest.

Aktiviert: Der Wert ist gesperrt; der Einstellungsdialog zeigt ihn ausgegraut mit „Von deiner Organisation festgelegt“, und `deskcoach config set` lehnt eine Änderung ab.
Nicht konfiguriert: Es gilt die eigene Wahl des Benutzers.

Erlaubt: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Eingebauter Standardwert: system.

Registrierung: Software\Policies\DeskCoach, Wert language (REG_SZ).</translation>
        </message>
        <message>
            <source>Work interval: upper limit</source>
            <comment>Limit_work_minutes_max</comment>
            <translation>Arbeitsintervall: Obergrenze</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 5-120 minutes.

Registry: Software\Policies\DeskCoach, value work_minutes.max (REG_DWORD).</source>
            <comment>Limit_work_minutes_max_Help</comment>
            <translation>Arbeitsminuten zwischen den Pausen; 30–45 werden empfohlen.

Aktiviert: Benutzer können nur höchstens diesen Wert wählen; eine Einstellung jenseits davon wird auf ihn zurückgesetzt. Grenzen machen Einstellungen immer nur strenger; setzen mehrere Quellen eine Grenze, gilt die strengste.
Nicht konfiguriert: Der ganze Bereich ist erlaubt.

Erlaubt: 5-120 Minuten.

Registrierung: Software\Policies\DeskCoach, Wert work_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length: lower limit</source>
            <comment>Limit_break_seconds_min</comment>
            <translation>Pausendauer: Untergrenze</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: users may only choose at least this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 30-600 seconds.

Registry: Software\Policies\DeskCoach, value break_seconds.min (REG_DWORD).</source>
            <comment>Limit_break_seconds_min_Help</comment>
            <translation>Wie lange jede Bewegungspause dauert.

Aktiviert: Benutzer können nur mindestens diesen Wert wählen; eine Einstellung jenseits davon wird auf ihn zurückgesetzt. Grenzen machen Einstellungen immer nur strenger; setzen mehrere Quellen eine Grenze, gilt die strengste.
Nicht konfiguriert: Der ganze Bereich ist erlaubt.

Erlaubt: 30-600 Sekunden.

Registrierung: Software\Policies\DeskCoach, Wert break_seconds.min (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length: upper limit</source>
            <comment>Limit_snooze_minutes_max</comment>
            <translation>Verschiebedauer: Obergrenze</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 1-30 minutes.

Registry: Software\Policies\DeskCoach, value snooze_minutes.max (REG_DWORD).</source>
            <comment>Limit_snooze_minutes_max_Help</comment>
            <translation>Um wie lange „Später“ eine Pause verschiebt.

Aktiviert: Benutzer können nur höchstens diesen Wert wählen; eine Einstellung jenseits davon wird auf ihn zurückgesetzt. Grenzen machen Einstellungen immer nur strenger; setzen mehrere Quellen eine Grenze, gilt die strengste.
Nicht konfiguriert: Der ganze Bereich ist erlaubt.

Erlaubt: 1-30 Minuten.

Registrierung: Software\Policies\DeskCoach, Wert snooze_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break: upper limit</source>
            <comment>Limit_snoozes_per_break_max</comment>
            <translation>Verschiebungen pro Pause: Obergrenze</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 0-5.

Registry: Software\Policies\DeskCoach, value snoozes_per_break.max (REG_DWORD).</source>
            <comment>Limit_snoozes_per_break_max_Help</comment>
            <translation>Wie oft eine Pause verschoben werden darf.

Aktiviert: Benutzer können nur höchstens diesen Wert wählen; eine Einstellung jenseits davon wird auf ihn zurückgesetzt. Grenzen machen Einstellungen immer nur strenger; setzen mehrere Quellen eine Grenze, gilt die strengste.
Nicht konfiguriert: Der ganze Bereich ist erlaubt.

Erlaubt: 0-5.

Registrierung: Software\Policies\DeskCoach, Wert snoozes_per_break.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Skips per day: upper limit</source>
            <comment>Limit_daily_skip_budget_max</comment>
            <translation>Überspringen pro Tag: Obergrenze</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 0-20.

Registry: Software\Policies\DeskCoach, value daily_skip_budget.max (REG_DWORD).</source>
            <comment>Limit_daily_skip_budget_max_Help</comment>
            <translation>Wie viele Pausen pro Tag übersprungen werden dürfen.

Aktiviert: Benutzer können nur höchstens diesen Wert wählen; eine Einstellung jenseits davon wird auf ihn zurückgesetzt. Grenzen machen Einstellungen immer nur strenger; setzen mehrere Quellen eine Grenze, gilt die strengste.
Nicht konfiguriert: Der ganze Bereich ist erlaubt.

Erlaubt: 0-20.

Registrierung: Software\Policies\DeskCoach, Wert daily_skip_budget.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Longest wait: upper limit</source>
            <comment>Limit_max_defer_minutes_max</comment>
            <translation>Längste Wartezeit: Obergrenze</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 5-240 minutes.

Registry: Software\Policies\DeskCoach, value max_defer_minutes.max (REG_DWORD).</source>
            <comment>Limit_max_defer_minutes_max_Help</comment>
            <translation>Nach dieser Zeit erinnert eine zurückgehaltene Pause sanft an sich.

Aktiviert: Benutzer können nur höchstens diesen Wert wählen; eine Einstellung jenseits davon wird auf ihn zurückgesetzt. Grenzen machen Einstellungen immer nur strenger; setzen mehrere Quellen eine Grenze, gilt die strengste.
Nicht konfiguriert: Der ganze Bereich ist erlaubt.

Erlaubt: 5-240 Minuten.

Registrierung: Software\Policies\DeskCoach, Wert max_defer_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after: upper limit</source>
            <comment>Limit_reassess_months_max</comment>
            <translation>Neuer Check nach: Obergrenze</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 1-24 months.

Registry: Software\Policies\DeskCoach, value reassess_months.max (REG_DWORD).</source>
            <comment>Limit_reassess_months_max_Help</comment>
            <translation>Monate nach einem Arbeitsplatz-Check, bis DeskCoach einen neuen vorschlägt.

Aktiviert: Benutzer können nur höchstens diesen Wert wählen; eine Einstellung jenseits davon wird auf ihn zurückgesetzt. Grenzen machen Einstellungen immer nur strenger; setzen mehrere Quellen eine Grenze, gilt die strengste.
Nicht konfiguriert: Der ganze Bereich ist erlaubt.

Erlaubt: 1-24 Monate.

Registrierung: Software\Policies\DeskCoach, Wert reassess_months.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Strict mode: required</source>
            <comment>Limit_strict_mode_required</comment>
            <translation>Strenger Modus: verpflichtend</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: strict mode must be on; users cannot switch it off.
Disabled or Not configured: no requirement.

Registry: Software\Policies\DeskCoach, value strict_mode.required (REG_DWORD).</source>
            <comment>Limit_strict_mode_required_Help</comment>
            <translation>Pausen können weder übersprungen noch verschoben werden.

Aktiviert: Der strenge Modus muss an sein; Benutzer können ihn nicht ausschalten.
Deaktiviert oder Nicht konfiguriert: keine Vorgabe.

Registrierung: Software\Policies\DeskCoach, Wert strict_mode.required (REG_DWORD).</translation>
        </message>
        <message>
            <source>Exporting statistics</source>
            <comment>Feature_statistics_export</comment>
            <translation>Statistik exportieren</translation>
        </message>
        <message>
            <source>Exporting statistics (deskcoach stats --format csv/json, export).

Enabled: the feature is available.
Disabled: it is switched off for the user.
Not configured: available.

Registry: Software\Policies\DeskCoach, value statistics_export (REG_DWORD).</source>
            <comment>Feature_statistics_export_Help</comment>
            <translation>Statistik exportieren (deskcoach stats --format csv/json, export).

Aktiviert: Die Funktion ist verfügbar.
Deaktiviert: Sie ist für den Benutzer ausgeschaltet.
Nicht konfiguriert: verfügbar.

Registrierung: Software\Policies\DeskCoach, Wert statistics_export (REG_DWORD).</translation>
        </message>
        <message>
            <source>Work interval (recommended)</source>
            <comment>Recommended_work_minutes</comment>
            <translation>Arbeitsintervall (empfohlen)</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-120 minutes. Built-in default: 40.

Registry: Software\Policies\DeskCoach\Recommended, value work_minutes (REG_DWORD).</source>
            <comment>Recommended_work_minutes_Help</comment>
            <translation>Arbeitsminuten zwischen den Pausen; 30–45 werden empfohlen.

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: 5-120 Minuten. Eingebauter Standardwert: 40.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert work_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length (recommended)</source>
            <comment>Recommended_break_seconds</comment>
            <translation>Pausendauer (empfohlen)</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 30-600 seconds. Built-in default: 120.

Registry: Software\Policies\DeskCoach\Recommended, value break_seconds (REG_DWORD).</source>
            <comment>Recommended_break_seconds_Help</comment>
            <translation>Wie lange jede Bewegungspause dauert.

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: 30-600 Sekunden. Eingebauter Standardwert: 120.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert break_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Notice before a break (recommended)</source>
            <comment>Recommended_notice_seconds</comment>
            <translation>Vorwarnung vor einer Pause (empfohlen)</translation>
        </message>
        <message>
            <source>How early the tray warns that a break is coming (0 = no notice).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-300 seconds. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value notice_seconds (REG_DWORD).</source>
            <comment>Recommended_notice_seconds_Help</comment>
            <translation>Wie früh das Symbol im Infobereich eine Pause ankündigt (0 = keine Vorwarnung).

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: 0-300 Sekunden. Eingebauter Standardwert: 60.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert notice_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length (recommended)</source>
            <comment>Recommended_snooze_minutes</comment>
            <translation>Verschiebedauer (empfohlen)</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach\Recommended, value snooze_minutes (REG_DWORD).</source>
            <comment>Recommended_snooze_minutes_Help</comment>
            <translation>Um wie lange „Später“ eine Pause verschiebt.

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: 1-30 Minuten. Eingebauter Standardwert: 5.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert snooze_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break (recommended)</source>
            <comment>Recommended_snoozes_per_break</comment>
            <translation>Verschiebungen pro Pause (empfohlen)</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-5. Built-in default: 2.

Registry: Software\Policies\DeskCoach\Recommended, value snoozes_per_break (REG_DWORD).</source>
            <comment>Recommended_snoozes_per_break_Help</comment>
            <translation>Wie oft eine Pause verschoben werden darf.

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: 0-5. Eingebauter Standardwert: 2.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert snoozes_per_break (REG_DWORD).</translation>
        </message>
        <message>
            <source>Skips per day (recommended)</source>
            <comment>Recommended_daily_skip_budget</comment>
            <translation>Überspringen pro Tag (empfohlen)</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-20, or -1 for unlimited. Built-in default: 3.

Registry: Software\Policies\DeskCoach\Recommended, value daily_skip_budget (REG_DWORD).

The list offers 0-20 and unlimited (-1), stored as 4294967295.</source>
            <comment>Recommended_daily_skip_budget_Help</comment>
            <translation>Wie viele Pausen pro Tag übersprungen werden dürfen.

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: 0-20, oder -1 für unbegrenzt. Eingebauter Standardwert: 3.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert daily_skip_budget (REG_DWORD).

Die Liste bietet 0-20 und unbegrenzt (-1), gespeichert als 4294967295.</translation>
        </message>
        <message>
            <source>Strict mode (recommended)</source>
            <comment>Recommended_strict_mode</comment>
            <translation>Strenger Modus (empfohlen)</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value strict_mode (REG_DWORD).</source>
            <comment>Recommended_strict_mode_Help</comment>
            <translation>Pausen können weder übersprungen noch verschoben werden.

Aktiviert: an.
Deaktiviert: aus.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: an oder aus. Eingebauter Standardwert: aus.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert strict_mode (REG_DWORD).</translation>
        </message>
        <message>
            <source>Sound (recommended)</source>
            <comment>Recommended_sound</comment>
            <translation>Ton (empfohlen)</translation>
        </message>
        <message>
            <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value sound (REG_DWORD).</source>
            <comment>Recommended_sound_Help</comment>
            <translation>Einen leisen Ton spielen, wenn eine Pause beginnt und endet (nie, während ein Meeting Pausen zurückhält).

Aktiviert: an.
Deaktiviert: aus.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: an oder aus. Eingebauter Standardwert: an.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert sound (REG_DWORD).</translation>
        </message>
        <message>
            <source>Start at login (recommended)</source>
            <comment>Recommended_start_at_login</comment>
            <translation>Bei der Anmeldung starten (empfohlen)</translation>
        </message>
        <message>
            <source>Start DeskCoach when you log in.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value start_at_login (REG_DWORD).</source>
            <comment>Recommended_start_at_login_Help</comment>
            <translation>DeskCoach starten, wenn du dich anmeldest.

Aktiviert: an.
Deaktiviert: aus.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: an oder aus. Eingebauter Standardwert: an.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert start_at_login (REG_DWORD).</translation>
        </message>
        <message>
            <source>Reduced motion (recommended)</source>
            <comment>Recommended_reduced_motion</comment>
            <translation>Weniger Bewegung (empfohlen)</translation>
        </message>
        <message>
            <source>Show still key poses instead of animations.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value reduced_motion (REG_DWORD).</source>
            <comment>Recommended_reduced_motion_Help</comment>
            <translation>Feste Schlüsselhaltungen statt Animationen zeigen.

Aktiviert: an.
Deaktiviert: aus.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: an oder aus. Eingebauter Standardwert: aus.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert reduced_motion (REG_DWORD).</translation>
        </message>
        <message>
            <source>Seated only (recommended)</source>
            <comment>Recommended_seated_only</comment>
            <translation>Nur im Sitzen (empfohlen)</translation>
        </message>
        <message>
            <source>Only suggest exercises that can be done sitting down.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value seated_only (REG_DWORD).</source>
            <comment>Recommended_seated_only_Help</comment>
            <translation>Nur Übungen vorschlagen, die im Sitzen gehen.

Aktiviert: an.
Deaktiviert: aus.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: an oder aus. Eingebauter Standardwert: aus.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert seated_only (REG_DWORD).</translation>
        </message>
        <message>
            <source>Back movements (recommended)</source>
            <comment>Recommended_spine_preference</comment>
            <translation>Rückenbewegungen (empfohlen)</translation>
        </message>
        <message>
            <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: any | extension | flexion. Built-in default: any.

Registry: Software\Policies\DeskCoach\Recommended, value spine_preference (REG_SZ).</source>
            <comment>Recommended_spine_preference_Help</comment>
            <translation>Vorbeugen (Flexion) oder Rückbeugen (Extension) weglassen, wenn sich eines davon nicht gut anfühlt.

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: any | extension | flexion. Eingebauter Standardwert: any.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert spine_preference (REG_SZ).</translation>
        </message>
        <message>
            <source>Regions to leave out (recommended)</source>
            <comment>Recommended_avoid_regions</comment>
            <translation>Auszulassende Körperregionen (empfohlen)</translation>
        </message>
        <message>
            <source>Body regions DeskCoach should not suggest exercises for.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: a list of up to 64 of: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach\Recommended, value avoid_regions (REG_MULTI_SZ).</source>
            <comment>Recommended_avoid_regions_Help</comment>
            <translation>Körperregionen, für die DeskCoach keine Übungen vorschlagen soll.

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: eine Liste mit bis zu 64 von: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (einer pro Zeile). Eingebauter Standardwert: (keine).

Registrierung: Software\Policies\DeskCoach\Recommended, Wert avoid_regions (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Exercises to leave out (recommended)</source>
            <comment>Recommended_avoid_exercises</comment>
            <translation>Auszulassende Übungen (empfohlen)</translation>
        </message>
        <message>
            <source>Exercises DeskCoach should never suggest.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: a list of up to 64 of: exercise ids (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach\Recommended, value avoid_exercises (REG_MULTI_SZ).</source>
            <comment>Recommended_avoid_exercises_Help</comment>
            <translation>Übungen, die DeskCoach nie vorschlagen soll.

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: eine Liste mit bis zu 64 von: Übungs-IDs (einer pro Zeile). Eingebauter Standardwert: (keine).

Registrierung: Software\Policies\DeskCoach\Recommended, Wert avoid_exercises (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Away after (recommended)</source>
            <comment>Recommended_idle_minutes</comment>
            <translation>Abwesend nach (empfohlen)</translation>
        </message>
        <message>
            <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break's length counts as a natural break.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach\Recommended, value idle_minutes (REG_DWORD).</source>
            <comment>Recommended_idle_minutes_Help</comment>
            <translation>Minuten ohne Tastatur oder Maus, nach denen der Arbeitstimer anhält; wer mindestens eine Pausenlänge weg war, hat eine natürliche Pause gemacht.

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: 1-30 Minuten. Eingebauter Standardwert: 5.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert idle_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for full-screen apps (recommended)</source>
            <comment>Recommended_defer_fullscreen</comment>
            <translation>Auf Vollbild-Apps warten (empfohlen)</translation>
        </message>
        <message>
            <source>Hold a break while a full-screen app or presentation is in front.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value defer_fullscreen (REG_DWORD).</source>
            <comment>Recommended_defer_fullscreen_Help</comment>
            <translation>Eine Pause zurückhalten, solange eine Vollbild-App oder Präsentation im Vordergrund ist.

Aktiviert: an.
Deaktiviert: aus.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: an oder aus. Eingebauter Standardwert: an.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert defer_fullscreen (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for meetings (recommended)</source>
            <comment>Recommended_defer_meetings</comment>
            <translation>Auf Meetings warten (empfohlen)</translation>
        </message>
        <message>
            <source>Hold a break while another app uses the camera or microphone.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value defer_meetings (REG_DWORD).</source>
            <comment>Recommended_defer_meetings_Help</comment>
            <translation>Eine Pause zurückhalten, solange eine andere App Kamera oder Mikrofon nutzt.

Aktiviert: an.
Deaktiviert: aus.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: an oder aus. Eingebauter Standardwert: an.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert defer_meetings (REG_DWORD).</translation>
        </message>
        <message>
            <source>Longest wait (recommended)</source>
            <comment>Recommended_max_defer_minutes</comment>
            <translation>Längste Wartezeit (empfohlen)</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-240 minutes. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value max_defer_minutes (REG_DWORD).</source>
            <comment>Recommended_max_defer_minutes_Help</comment>
            <translation>Nach dieser Zeit erinnert eine zurückgehaltene Pause sanft an sich.

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: 5-240 Minuten. Eingebauter Standardwert: 60.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert max_defer_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Working hours (recommended)</source>
            <comment>Recommended_working_hours</comment>
            <translation>Arbeitszeit (empfohlen)</translation>
        </message>
        <message>
            <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always. Built-in default: (empty).

Registry: Software\Policies\DeskCoach\Recommended, value working_hours (REG_SZ).</source>
            <comment>Recommended_working_hours_Help</comment>
            <translation>z. B. mon-fri 08:30-12:30,13:30-17:30; leer heißt immer.

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: z. B. mon-fri 08:30-12:30,13:30-17:30; leer heißt immer. Eingebauter Standardwert: (leer).

Registrierung: Software\Policies\DeskCoach\Recommended, Wert working_hours (REG_SZ).</translation>
        </message>
        <message>
            <source>Checklist reminders (recommended)</source>
            <comment>Recommended_checklist_reminders</comment>
            <translation>Erinnerungen zur Checkliste (empfohlen)</translation>
        </message>
        <message>
            <source>Remind me of open workstation actions and when a fresh check is due.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value checklist_reminders (REG_DWORD).</source>
            <comment>Recommended_checklist_reminders_Help</comment>
            <translation>An offene Maßnahmen am Arbeitsplatz erinnern und daran, wann ein neuer Check fällig ist.

Aktiviert: an.
Deaktiviert: aus.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: an oder aus. Eingebauter Standardwert: an.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert checklist_reminders (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after (recommended)</source>
            <comment>Recommended_reassess_months</comment>
            <translation>Neuer Check nach (empfohlen)</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-24 months. Built-in default: 6.

Registry: Software\Policies\DeskCoach\Recommended, value reassess_months (REG_DWORD).</source>
            <comment>Recommended_reassess_months_Help</comment>
            <translation>Monate nach einem Arbeitsplatz-Check, bis DeskCoach einen neuen vorschlägt.

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: 1-24 Monate. Eingebauter Standardwert: 6.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert reassess_months (REG_DWORD).</translation>
        </message>
        <message>
            <source>Streak goal (recommended)</source>
            <comment>Recommended_goal_percent</comment>
            <translation>Ziel für die Serie (empfohlen)</translation>
        </message>
        <message>
            <source>The share of the day's due breaks to take for the day to join your streak on the progress dashboard.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 10-100 %. Built-in default: 80.

Registry: Software\Policies\DeskCoach\Recommended, value goal_percent (REG_DWORD).</source>
            <comment>Recommended_goal_percent_Help</comment>
            <translation>Der Anteil der fälligen Pausen eines Tages, den du machen musst, damit der Tag in deiner Serie in der Übersicht zählt.

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: 10-100 %. Eingebauter Standardwert: 80.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert goal_percent (REG_DWORD).</translation>
        </message>
        <message>
            <source>Eye breaks every (recommended)</source>
            <comment>Recommended_eye_break_minutes</comment>
            <translation>Augenpausen alle (empfohlen)</translation>
        </message>
        <message>
            <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-60 minutes, or 0 for off. Built-in default: 20.

Registry: Software\Policies\DeskCoach\Recommended, value eye_break_minutes (REG_DWORD).

The list offers 5-60 and off (0), stored as 0.</source>
            <comment>Recommended_eye_break_minutes_Help</comment>
            <translation>Eine 20-Sekunden-Erinnerung, in die Ferne zu schauen, zwischen den Bewegungspausen (0 = aus).

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: 5-60 Minuten, oder 0 für aus. Eingebauter Standardwert: 20.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert eye_break_minutes (REG_DWORD).

Die Liste bietet 5-60 und aus (0), gespeichert als 0.</translation>
        </message>
        <message>
            <source>Daily anchors (recommended)</source>
            <comment>Recommended_daily_anchors</comment>
            <translation>Tägliche Anker (empfohlen)</translation>
        </message>
        <message>
            <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none. Built-in default: (empty).

Registry: Software\Policies\DeskCoach\Recommended, value daily_anchors (REG_SZ).</source>
            <comment>Recommended_daily_anchors_Help</comment>
            <translation>Optionale Fünf-Minuten-Routinen zu Zeiten, die du ohnehin einhältst, z. B. Kaffee 08:30, Mittag 12:30, Feierabend 17:15; leer heißt keine.

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: Optionale Fünf-Minuten-Routinen zu Zeiten, die du ohnehin einhältst, z. B. Kaffee 08:30, Mittag 12:30, Feierabend 17:15; leer heißt keine. Eingebauter Standardwert: (leer).

Registrierung: Software\Policies\DeskCoach\Recommended, Wert daily_anchors (REG_SZ).</translation>
        </message>
        <message>
            <source>Volume (recommended)</source>
            <comment>Recommended_sound_volume</comment>
            <translation>Lautstärke (empfohlen)</translation>
        </message>
        <message>
            <source>How loud the break cues are.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-100 %. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value sound_volume (REG_DWORD).</source>
            <comment>Recommended_sound_volume_Help</comment>
            <translation>Wie laut die Pausentöne sind.

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: 0-100 %. Eingebauter Standardwert: 60.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert sound_volume (REG_DWORD).</translation>
        </message>
        <message>
            <source>Cue (recommended)</source>
            <comment>Recommended_sound_cue</comment>
            <translation>Ton (empfohlen)</translation>
        </message>
        <message>
            <source>Which of DeskCoach's sounds the cues use.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: chime | bell | soft. Built-in default: chime.

Registry: Software\Policies\DeskCoach\Recommended, value sound_cue (REG_SZ).</source>
            <comment>Recommended_sound_cue_Help</comment>
            <translation>Welchen DeskCoach-Klang die Töne verwenden.

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: chime | bell | soft. Eingebauter Standardwert: chime.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert sound_cue (REG_SZ).</translation>
        </message>
        <message>
            <source>Break window on (recommended)</source>
            <comment>Recommended_break_screens</comment>
            <translation>Pausenfenster auf (empfohlen)</translation>
        </message>
        <message>
            <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer's screen and a calm dimmed panel on the others (it never blocks input).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: pointer | primary | all. Built-in default: pointer.

Registry: Software\Policies\DeskCoach\Recommended, value break_screens (REG_SZ).</source>
            <comment>Recommended_break_screens_Help</comment>
            <translation>pointer: dem Bildschirm mit dem Mauszeiger; primary: dem Hauptbildschirm; all: Pause auf dem Bildschirm des Mauszeigers und eine ruhige, abgedunkelte Fläche auf den anderen (sie blockiert nie die Eingabe).

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: pointer | primary | all. Eingebauter Standardwert: pointer.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert break_screens (REG_SZ).</translation>
        </message>
        <message>
            <source>Colours (recommended)</source>
            <comment>Recommended_theme</comment>
            <translation>Farben (empfohlen)</translation>
        </message>
        <message>
            <source>Light or dark windows; system follows your desktop's colour scheme.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: system | light | dark. Built-in default: system.

Registry: Software\Policies\DeskCoach\Recommended, value theme (REG_SZ).</source>
            <comment>Recommended_theme_Help</comment>
            <translation>Helle oder dunkle Fenster; system folgt dem Farbschema deines Desktops.

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: system | light | dark. Eingebauter Standardwert: system.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert theme (REG_SZ).</translation>
        </message>
        <message>
            <source>Language (recommended)</source>
            <comment>Recommended_language</comment>
            <translation>Sprache (empfohlen)</translation>
        </message>
        <message>
            <source>The language of DeskCoach's menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Built-in default: system.

Registry: Software\Policies\DeskCoach\Recommended, value language (REG_SZ).</source>
            <comment>Recommended_language_Help</comment>
            <translation>Die Sprache der Menüs, Übungen und Meldungen von DeskCoach; system folgt deinem Desktop. Sie gilt sofort; bereits offene Fenster wechseln, wenn du sie neu öffnest.

Aktiviert: Der Wert gilt, bis der Benutzer ihn in den Einstellungen ändert.
Nicht konfiguriert: Es gilt der Computer-Standardwert von DeskCoach oder der eingebaute Standardwert.

Erlaubt: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Eingebauter Standardwert: system.

Registrierung: Software\Policies\DeskCoach\Recommended, Wert language (REG_SZ).</translation>
        </message>
        <message>
            <source>DeskCoach 0.1 or later</source>
            <comment>SUPPORTED_DeskCoach_0_1</comment>
            <translation>DeskCoach 0.1 oder neuer</translation>
        </message>
    </context>
    <context>
        <name>man</name>
        <message>
            <source>.SH NAME
deskcoach \- calm system-tray coach for short movement breaks</source>
            <comment>block 1</comment>
            <translation>.SH NAME
deskcoach \- ruhiger Coach im Infobereich für kurze Bewegungspausen</translation>
        </message>
        <message>
            <source>.SH SYNOPSIS
.B deskcoach
.RB [ \-\-profile
.IR DIR ]
.RB [ \-\-time\-scale
.IR N ]
.RI [ COMMAND " [" ARGS ...]]
.br
.B deskcoach \-\-version</source>
            <comment>block 2</comment>
            <translation>.SH SYNOPSIS
.B deskcoach
.RB [ \-\-profile
.IR DIR ]
.RB [ \-\-time\-scale
.IR N ]
.RI [ COMMAND " [" ARGS ...]]
.br
.B deskcoach \-\-version</translation>
        </message>
        <message>
            <source>.SH DESCRIPTION
.B DeskCoach
runs a work timer in the system tray and, when a break is due, guides a short
movement break on screen without taking the keyboard focus. With no
.IR COMMAND ,
it starts the tray app; if it is already running for this user, nothing else starts.
The other commands print information or drive the running app.</source>
            <comment>block 3</comment>
            <translation>.SH DESCRIPTION
.B DeskCoach
führt einen Arbeitstimer im Infobereich und leitet, wenn eine Pause fällig ist, eine kurze
Bewegungspause auf dem Bildschirm an, ohne den Tastaturfokus zu übernehmen. Ohne
.IR COMMAND ,
also ohne Befehl, startet es die App im Infobereich; läuft sie für diesen Benutzer bereits, startet nichts weiter.
Die anderen Befehle geben Informationen aus oder steuern die laufende App.</translation>
        </message>
        <message>
            <source>.PP
DeskCoach gives general movement guidance, not medical advice.</source>
            <comment>block 4</comment>
            <translation>.PP
DeskCoach gibt allgemeine Hinweise zur Bewegung, keinen medizinischen Rat.</translation>
        </message>
        <message>
            <source>.SH OPTIONS</source>
            <comment>block 5</comment>
            <translation>.SH OPTIONS</translation>
        </message>
        <message>
            <source>.TP
.BI \-\-profile " DIR"
Keep all settings and data under
.I DIR
(portable mode) instead of the per-user folders.</source>
            <comment>block 6</comment>
            <translation>.TP
.BI \-\-profile " DIR"
Alle Einstellungen und Daten unter
.I DIR
ablegen (portabler Modus) statt in den Ordnern des Benutzers.</translation>
        </message>
        <message>
            <source>.TP
.BI \-\-time\-scale " N"
Run every duration
.I N
times faster (demonstrations and tests).</source>
            <comment>block 7</comment>
            <translation>.TP
.BI \-\-time\-scale " N"
Jede Dauer
.I N
mal schneller ablaufen lassen (Vorführungen und Tests).</translation>
        </message>
        <message>
            <source>.TP
.B \-\-version
Print the version and exit.</source>
            <comment>block 8</comment>
            <translation>.TP
.B \-\-version
Die Version ausgeben und beenden.</translation>
        </message>
        <message>
            <source>.TP
.BR \-h ", " \-\-help
Print the commands and options; each command also takes
.BR \-\-help .</source>
            <comment>block 9</comment>
            <translation>.TP
.BR \-h ", " \-\-help
Die Befehle und Optionen ausgeben; jeder Befehl versteht auch
.BR \-\-help .</translation>
        </message>
        <message>
            <source>.SH COMMANDS</source>
            <comment>block 10</comment>
            <translation>.SH COMMANDS</translation>
        </message>
        <message>
            <source>.TP
.B run
Start the tray app (the default).</source>
            <comment>block 11</comment>
            <translation>.TP
.B run
Die App im Infobereich starten (Standard).</translation>
        </message>
        <message>
            <source>.TP
.BR status " [" \-\-json ]
What the running app is doing.</source>
            <comment>block 12</comment>
            <translation>.TP
.BR status " [" \-\-json ]
Was die laufende App gerade tut.</translation>
        </message>
        <message>
            <source>.TP
.BR break\-now " [" \-\-exercise
.IR ID ]
Take a break now.</source>
            <comment>block 13</comment>
            <translation>.TP
.BR break\-now " [" \-\-exercise
.IR ID ]
Jetzt eine Pause machen.</translation>
        </message>
        <message>
            <source>.TP
.BI pause " LENGTH"
Pause breaks: 30m, 1h, 1h30m and so on up to 24h, or tomorrow.</source>
            <comment>block 14</comment>
            <translation>.TP
.BI pause " LENGTH"
Pausen anhalten: 30m, 1h, 1h30m und so weiter bis 24h, oder tomorrow.</translation>
        </message>
        <message>
            <source>.TP
.BR resume ", " skip\-next ", " snooze ", " done ", " swap ", " quit
Drive the running app: end a pause, skip the break on screen or the next one, snooze or
finish the break on screen, swap its exercise, quit.</source>
            <comment>block 15</comment>
            <translation>.TP
.BR resume ", " skip\-next ", " snooze ", " done ", " swap ", " quit
Die laufende App steuern: das Anhalten beenden, die Pause auf dem Bildschirm oder die nächste
überspringen, die Pause auf dem Bildschirm verschieben oder beenden, ihre Übung tauschen, beenden.</translation>
        </message>
        <message>
            <source>.TP
.BR exercises " [" show
.IR ID ]
List the exercise catalogue, or print one exercise.</source>
            <comment>block 16</comment>
            <translation>.TP
.BR exercises " [" show
.IR ID ]
Den Übungskatalog auflisten oder eine Übung ausgeben.</translation>
        </message>
        <message>
            <source>.TP
.BR checklist " items|export"
The workstation checklist: list its questions, or export an assessment as PDF or JSON.</source>
            <comment>block 17</comment>
            <translation>.TP
.BR checklist " items|export"
Die Arbeitsplatz-Checkliste: ihre Fragen auflisten oder eine Auswertung als PDF oder JSON exportieren.</translation>
        </message>
        <message>
            <source>.TP
.BR stats " [" \-\-days
.IR N " | " \-\-since
.IR DATE " | " \-\-summary ]
Breaks per day, as a table, CSV or JSON; with \-\-summary, the progress dashboard's headline
figures (today, this week against last, the streak, minutes moved, regions) over all history.</source>
            <comment>block 18</comment>
            <translation>.TP
.BR stats " [" \-\-days
.IR N " | " \-\-since
.IR DATE " | " \-\-summary ]
Pausen pro Tag als Tabelle, CSV oder JSON; mit \-\-summary die Kennzahlen der Fortschrittsübersicht
(heute, diese Woche im Vergleich zur letzten, die Serie, bewegte Minuten, Regionen) über den ganzen Verlauf.</translation>
        </message>
        <message>
            <source>.TP
.B checkin \-\-pain \fIN\fP [\-\-region \fIR\fP] [\-\-exercise \fIID\fP]
Log how your body feels now (0-10); the coach paces each exercise's level by these answers.</source>
            <comment>block 19</comment>
            <translation>.TP
.B checkin \-\-pain \fIN\fP [\-\-region \fIR\fP] [\-\-exercise \fIID\fP]
Festhalten, wie sich dein Körper jetzt anfühlt (0-10); der Coach passt die Stufe jeder Übung an diese Antworten an.</translation>
        </message>
        <message>
            <source>.TP
.B log [\-\-days \fIN\fP] [\-\-format table|csv|json] [\-\-pdf \fIFILE\fP]
Your check-ins and the plan's changes; with \-\-pdf, a one-page log for a clinician.</source>
            <comment>block 20</comment>
            <translation>.TP
.B log [\-\-days \fIN\fP] [\-\-format table|csv|json] [\-\-pdf \fIFILE\fP]
Deine Check-ins und die Änderungen des Plans; mit \-\-pdf ein einseitiges Protokoll für den Arztbesuch.</translation>
        </message>
        <message>
            <source>.TP
.BR programme " list|show|start|stop|status"
Multi-week programmes in phases: list them (with suggestions), show one, start, stop, or
show the running one's phase and week.</source>
            <comment>block 21</comment>
            <translation>.TP
.BR programme " list|show|start|stop|status"
Mehrwöchige Programme in Phasen: auflisten (mit Vorschlägen), eines anzeigen, starten, beenden oder
Phase und Woche des laufenden anzeigen.</translation>
        </message>
        <message>
            <source>.TP
.BI export " FILE" "\fR, \fPimport" " FILE"
Write all your data to a JSON file, or merge such a file into this profile.</source>
            <comment>block 22</comment>
            <translation>.TP
.BI export " FILE" "\fR, \fPimport" " FILE"
Alle deine Daten in eine JSON-Datei schreiben oder eine solche Datei in dieses Profil übernehmen.</translation>
        </message>
        <message>
            <source>.TP
.BR config " show|set|validate"
Show every effective setting and where it comes from, set one, or check a settings file.</source>
            <comment>block 23</comment>
            <translation>.TP
.BR config " show|set|validate"
Jede geltende Einstellung und ihre Herkunft anzeigen, eine setzen oder eine Einstellungsdatei prüfen.</translation>
        </message>
        <message>
            <source>.TP
.BR policy " show|validate"
Show the organisation's effective policy and its sources, or check a policy file.</source>
            <comment>block 24</comment>
            <translation>.TP
.BR policy " show|validate"
Die geltenden Richtlinien der Organisation und ihre Quellen anzeigen oder eine Richtliniendatei prüfen.</translation>
        </message>
        <message>
            <source>.TP
.B doctor
Which idle, full-screen and meeting detectors work on this desktop.</source>
            <comment>block 25</comment>
            <translation>.TP
.B doctor
Welche Erkennungen für Abwesenheit, Vollbild und Meetings auf diesem Desktop funktionieren.</translation>
        </message>
        <message>
            <source>.TP
.B safety
When to get help: the signs that need emergency care now, a clinician soon, or stopping the
exercise. General movement guidance, not medical advice.</source>
            <comment>block 26</comment>
            <translation>.TP
.B safety
Wann Hilfe holen: die Anzeichen, die sofort Notfallhilfe, bald ärztlichen Rat oder den Abbruch der
Übung verlangen. Allgemeine Hinweise zur Bewegung, kein medizinischer Rat.</translation>
        </message>
        <message>
            <source>.SH EXIT STATUS
0 done; 1 DeskCoach is not running, or something failed; 2 refused (a bad value, an action
the current state, settings or policy do not allow, an invalid file).</source>
            <comment>block 27</comment>
            <translation>.SH EXIT STATUS
0 erledigt; 1 DeskCoach läuft nicht oder etwas ist fehlgeschlagen; 2 abgelehnt (ein ungültiger Wert, eine Aktion,
die der aktuelle Zustand, die Einstellungen oder die Richtlinien nicht erlauben, eine ungültige Datei).</translation>
        </message>
        <message>
            <source>.SH FILES</source>
            <comment>block 28</comment>
            <translation>.SH FILES</translation>
        </message>
        <message>
            <source>.TP
.I ~/.config/DeskCoach/settings.toml
The user's settings.</source>
            <comment>block 29</comment>
            <translation>.TP
.I ~/.config/DeskCoach/settings.toml
Die Einstellungen des Benutzers.</translation>
        </message>
        <message>
            <source>.TP
.I ~/.local/share/DeskCoach/history.sqlite3
Break history, kept on this computer only.</source>
            <comment>block 30</comment>
            <translation>.TP
.I ~/.local/share/DeskCoach/history.sqlite3
Der Pausenverlauf, nur auf diesem Computer gespeichert.</translation>
        </message>
        <message>
            <source>.TP
.I /etc/deskcoach/policy.json
Organisation policy: mandatory and recommended settings, limits and machine defaults; also
every
.I *.json
file in
.I /etc/deskcoach/managed/
and
.IR /etc/deskcoach/recommended/ .
These files are the administrator's: the package does not install or remove them.</source>
            <comment>block 31</comment>
            <translation>.TP
.I /etc/deskcoach/policy.json
Richtlinien der Organisation: verbindliche und empfohlene Einstellungen, Grenzen und Computer-Standardwerte;
ebenso jede
.I *.json
Datei in
.I /etc/deskcoach/managed/
und
.IR /etc/deskcoach/recommended/ .
Diese Dateien gehören der Administration: Das Paket installiert oder entfernt sie nicht.</translation>
        </message>
        <message>
            <source>.TP
.I /usr/share/doc/deskcoach/example-policy.json
An example policy to start from, with its JSON Schema,
.IR policy.schema.json .</source>
            <comment>block 32</comment>
            <translation>.TP
.I /usr/share/doc/deskcoach/example-policy.json
Eine Beispielrichtlinie als Ausgangspunkt, mit ihrem JSON-Schema,
.IR policy.schema.json .</translation>
        </message>
        <message>
            <source>.TP
.I /etc/xdg/autostart/io.github.deskcoach.DeskCoach.desktop
Starts DeskCoach at every user's login. Turning "Start at login" off in DeskCoach's
settings writes
.I ~/.config/autostart/io.github.deskcoach.DeskCoach.desktop
with
.BR Hidden=true ,
which overrides it for that user.</source>
            <comment>block 33</comment>
            <translation>.TP
.I /etc/xdg/autostart/io.github.deskcoach.DeskCoach.desktop
Startet DeskCoach bei der Anmeldung jedes Benutzers. Wird „Bei der Anmeldung starten“ in den
Einstellungen von DeskCoach ausgeschaltet, entsteht
.I ~/.config/autostart/io.github.deskcoach.DeskCoach.desktop
mit
.BR Hidden=true ,
das ihn für diesen Benutzer außer Kraft setzt.</translation>
        </message>
        <message>
            <source>.SH SEE ALSO
The administrator's guide and the policy schema in DeskCoach's source,
.IR packaging/ .</source>
            <comment>block 34</comment>
            <translation>.SH SEE ALSO
Das Handbuch für Administratoren und das Richtlinienschema im Quellcode von DeskCoach,
.IR packaging/ .</translation>
        </message>
    </context>
    <context>
        <name>man-heading</name>
        <message>
            <source>NAME</source>
            <comment>man page section heading (capitals): NAME</comment>
            <translation>BEZEICHNUNG</translation>
        </message>
        <message>
            <source>SYNOPSIS</source>
            <comment>man page section heading (capitals): SYNOPSIS</comment>
            <translation>ÜBERSICHT</translation>
        </message>
        <message>
            <source>DESCRIPTION</source>
            <comment>man page section heading (capitals): DESCRIPTION</comment>
            <translation>BESCHREIBUNG</translation>
        </message>
        <message>
            <source>OPTIONS</source>
            <comment>man page section heading (capitals): OPTIONS</comment>
            <translation>OPTIONEN</translation>
        </message>
        <message>
            <source>COMMANDS</source>
            <comment>man page section heading (capitals): COMMANDS</comment>
            <translation>BEFEHLE</translation>
        </message>
        <message>
            <source>EXIT STATUS</source>
            <comment>man page section heading (capitals): EXIT STATUS</comment>
            <translation>EXIT-STATUS</translation>
        </message>
        <message>
            <source>FILES</source>
            <comment>man page section heading (capitals): FILES</comment>
            <translation>DATEIEN</translation>
        </message>
        <message>
            <source>SEE ALSO</source>
            <comment>man page section heading (capitals): SEE ALSO</comment>
            <translation>SIEHE AUCH</translation>
        </message>
    </context>
</TS>
