<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>desktop</name>
        <message>
            <source>Break Reminder</source>
            <comment>GenericName</comment>
            <translation>Pauzeherinnering</translation>
        </message>
        <message>
            <source>Reminds you to take short movement breaks at your desk</source>
            <comment>Comment</comment>
            <translation>Herinnert je eraan om aan je bureau korte beweegpauzes te nemen</translation>
        </message>
        <message>
            <source>break;pause;ergonomics;posture;stretch;exercise;movement;health;RSI;timer;</source>
            <comment>Keywords</comment>
            <translation>pauze;beweegpauze;ergonomie;houding;rekken;oefening;bewegen;gezondheid;RSI;timer;</translation>
        </message>
    </context>
    <context>
        <name>appstream</name>
        <message>
            <source>Calm reminders to take short movement breaks</source>
            <comment>summary</comment>
            <translation>Rustige herinneringen om korte beweegpauzes te nemen</translation>
        </message>
        <message>
            <source>DeskCoach is a calm system-tray coach for people who sit at a screen all day. It runs a work timer and, when a break is due, guides a short movement break on screen, without taking the keyboard focus.</source>
            <comment>description/p[1]</comment>
            <translation>DeskCoach is een rustige coach in het systeemvak voor mensen die de hele dag achter een scherm zitten. Het laat een werktimer lopen en begeleidt, als er een pauze gepland is, een korte beweegpauze op het scherm, zonder de toetsenbordfocus over te nemen.</translation>
        </message>
        <message>
            <source>Short movement breaks and stretches with illustrated steps; body regions rotate through the day</source>
            <comment>description/li[3]</comment>
            <translation>Korte beweegpauzes en rekoefeningen met geïllustreerde stappen; de lichaamsdelen wisselen elkaar af in de loop van de dag</translation>
        </message>
        <message>
            <source>Waits while you keep typing, and counts time away from the computer as a natural break</source>
            <comment>description/li[4]</comment>
            <translation>Wacht zolang je doortypt en telt tijd weg van de computer als een natuurlijke pauze</translation>
        </message>
        <message>
            <source>A workstation checklist with a report you can export</source>
            <comment>description/li[5]</comment>
            <translation>Een werkplekchecklist met een rapport dat je kunt exporteren</translation>
        </message>
        <message>
            <source>Progress charts, kept on your computer only: nothing is ever sent anywhere</source>
            <comment>description/li[6]</comment>
            <translation>Voortgangsgrafieken, alleen op je eigen computer bewaard: er wordt nooit iets verstuurd</translation>
        </message>
        <message>
            <source>Organisation policy for fleets: locked settings and limits in /etc/deskcoach</source>
            <comment>description/li[7]</comment>
            <translation>Organisatiebeleid voor grote aantallen computers: vergrendelde instellingen en limieten in /etc/deskcoach</translation>
        </message>
        <message>
            <source>DeskCoach gives general movement guidance, not medical advice.</source>
            <comment>description/p[8]</comment>
            <translation>DeskCoach geeft algemene adviezen over bewegen, geen medisch advies.</translation>
        </message>
    </context>
    <context>
        <name>adml</name>
        <message>
            <source>Movement-break reminders. Policies here are mandatory: users cannot change them. DeskCoach has no network code and reports nothing to the organisation.</source>
            <comment>DeskCoach_Help</comment>
            <translation>Herinneringen voor beweegpauzes. Het beleid hier is verplicht: gebruikers kunnen het niet wijzigen. DeskCoach heeft geen netwerkcode en meldt niets aan de organisatie.</translation>
        </message>
        <message>
            <source>Timing</source>
            <comment>Cat_Timing</comment>
            <translation>Timing</translation>
        </message>
        <message>
            <source>Putting breaks off</source>
            <comment>Cat_Putting_breaks_off</comment>
            <translation>Pauzes uitstellen</translation>
        </message>
        <message>
            <source>Sound</source>
            <comment>Cat_Sound</comment>
            <translation>Geluid</translation>
        </message>
        <message>
            <source>Exercises</source>
            <comment>Cat_Exercises</comment>
            <translation>Oefeningen</translation>
        </message>
        <message>
            <source>Smart timing</source>
            <comment>Cat_Smart_timing</comment>
            <translation>Slimme timing</translation>
        </message>
        <message>
            <source>Workstation check</source>
            <comment>Cat_Workstation_check</comment>
            <translation>Werkplekcheck</translation>
        </message>
        <message>
            <source>Progress</source>
            <comment>Cat_Progress</comment>
            <translation>Voortgang</translation>
        </message>
        <message>
            <source>Eye breaks</source>
            <comment>Cat_Eye_breaks</comment>
            <translation>Oogpauzes</translation>
        </message>
        <message>
            <source>Daily routines</source>
            <comment>Cat_Daily_routines</comment>
            <translation>Dagelijkse routines</translation>
        </message>
        <message>
            <source>Break window</source>
            <comment>Cat_Break_window</comment>
            <translation>Pauzevenster</translation>
        </message>
        <message>
            <source>Appearance</source>
            <comment>Cat_Appearance</comment>
            <translation>Weergave</translation>
        </message>
        <message>
            <source>Limits (users may only make these stricter)</source>
            <comment>Cat_Limits</comment>
            <translation>Limieten (gebruikers kunnen ze alleen strenger maken)</translation>
        </message>
        <message>
            <source>Features</source>
            <comment>Cat_Features</comment>
            <translation>Functies</translation>
        </message>
        <message>
            <source>Recommended (users may change these)</source>
            <comment>Cat_Recommended</comment>
            <translation>Aanbevolen (gebruikers kunnen dit wijzigen)</translation>
        </message>
        <message>
            <source>Work interval</source>
            <comment>work_minutes</comment>
            <translation>Werkinterval</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-120 minutes. Built-in default: 40.

Registry: Software\Policies\DeskCoach, value work_minutes (REG_DWORD).</source>
            <comment>work_minutes_Help</comment>
            <translation>Minuten werk tussen pauzes; 30-45 wordt aangeraden.

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: 5-120 minuten. Ingebouwde standaard: 40.

Register: Software\Policies\DeskCoach, waarde work_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length</source>
            <comment>break_seconds</comment>
            <translation>Pauzeduur</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 30-600 seconds. Built-in default: 120.

Registry: Software\Policies\DeskCoach, value break_seconds (REG_DWORD).</source>
            <comment>break_seconds_Help</comment>
            <translation>Hoe lang elke beweegpauze duurt.

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: 30-600 seconden. Ingebouwde standaard: 120.

Register: Software\Policies\DeskCoach, waarde break_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Notice before a break</source>
            <comment>notice_seconds</comment>
            <translation>Melding vooraf</translation>
        </message>
        <message>
            <source>How early the tray warns that a break is coming (0 = no notice).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-300 seconds. Built-in default: 60.

Registry: Software\Policies\DeskCoach, value notice_seconds (REG_DWORD).</source>
            <comment>notice_seconds_Help</comment>
            <translation>Hoe vroeg het systeemvak meldt dat er een pauze aankomt (0 = geen melding).

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: 0-300 seconden. Ingebouwde standaard: 60.

Register: Software\Policies\DeskCoach, waarde notice_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length</source>
            <comment>snooze_minutes</comment>
            <translation>Uitsteltijd</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach, value snooze_minutes (REG_DWORD).</source>
            <comment>snooze_minutes_Help</comment>
            <translation>Hoe lang Uitstellen een pauze opschuift.

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: 1-30 minuten. Ingebouwde standaard: 5.

Register: Software\Policies\DeskCoach, waarde snooze_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break</source>
            <comment>snoozes_per_break</comment>
            <translation>Keer uitstellen per pauze</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-5. Built-in default: 2.

Registry: Software\Policies\DeskCoach, value snoozes_per_break (REG_DWORD).</source>
            <comment>snoozes_per_break_Help</comment>
            <translation>Hoe vaak één pauze mag worden uitgesteld.

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: 0-5. Ingebouwde standaard: 2.

Register: Software\Policies\DeskCoach, waarde snoozes_per_break (REG_DWORD).</translation>
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
            <translation>Onbeperkt</translation>
        </message>
        <message>
            <source>Skips per day</source>
            <comment>daily_skip_budget</comment>
            <translation>Overslaan per dag</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-20, or -1 for unlimited. Built-in default: 3.

Registry: Software\Policies\DeskCoach, value daily_skip_budget (REG_DWORD).

The list offers 0-20 and unlimited (-1), stored as 4294967295.</source>
            <comment>daily_skip_budget_Help</comment>
            <translation>Hoeveel pauzes er per dag mogen worden overgeslagen.

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: 0-20, of -1 voor onbeperkt. Ingebouwde standaard: 3.

Register: Software\Policies\DeskCoach, waarde daily_skip_budget (REG_DWORD).

De lijst biedt 0-20 en onbeperkt (-1), opgeslagen als 4294967295.</translation>
        </message>
        <message>
            <source>Strict mode</source>
            <comment>strict_mode</comment>
            <translation>Strikte modus</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value strict_mode (REG_DWORD).</source>
            <comment>strict_mode_Help</comment>
            <translation>Pauzes kunnen niet worden overgeslagen of uitgesteld.

Ingeschakeld: aan (vergrendeld).
Uitgeschakeld: uit (vergrendeld).
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: aan of uit. Ingebouwde standaard: uit.

Register: Software\Policies\DeskCoach, waarde strict_mode (REG_DWORD).</translation>
        </message>
        <message>
            <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value sound (REG_DWORD).</source>
            <comment>sound_Help</comment>
            <translation>Speel een zacht signaal af als een pauze begint en eindigt (nooit terwijl een vergadering pauzes tegenhoudt).

Ingeschakeld: aan (vergrendeld).
Uitgeschakeld: uit (vergrendeld).
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: aan of uit. Ingebouwde standaard: aan.

Register: Software\Policies\DeskCoach, waarde sound (REG_DWORD).</translation>
        </message>
        <message>
            <source>Start at login</source>
            <comment>start_at_login</comment>
            <translation>Starten bij aanmelden</translation>
        </message>
        <message>
            <source>Start DeskCoach when you log in.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value start_at_login (REG_DWORD).</source>
            <comment>start_at_login_Help</comment>
            <translation>Start DeskCoach als je je aanmeldt.

Ingeschakeld: aan (vergrendeld).
Uitgeschakeld: uit (vergrendeld).
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: aan of uit. Ingebouwde standaard: aan.

Register: Software\Policies\DeskCoach, waarde start_at_login (REG_DWORD).</translation>
        </message>
        <message>
            <source>Reduced motion</source>
            <comment>reduced_motion</comment>
            <translation>Minder beweging</translation>
        </message>
        <message>
            <source>Show still key poses instead of animations.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value reduced_motion (REG_DWORD).</source>
            <comment>reduced_motion_Help</comment>
            <translation>Toon stilstaande kernhoudingen in plaats van animaties.

Ingeschakeld: aan (vergrendeld).
Uitgeschakeld: uit (vergrendeld).
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: aan of uit. Ingebouwde standaard: uit.

Register: Software\Policies\DeskCoach, waarde reduced_motion (REG_DWORD).</translation>
        </message>
        <message>
            <source>Seated only</source>
            <comment>seated_only</comment>
            <translation>Alleen zittend</translation>
        </message>
        <message>
            <source>Only suggest exercises that can be done sitting down.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value seated_only (REG_DWORD).</source>
            <comment>seated_only_Help</comment>
            <translation>Stel alleen oefeningen voor die zittend kunnen.

Ingeschakeld: aan (vergrendeld).
Uitgeschakeld: uit (vergrendeld).
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: aan of uit. Ingebouwde standaard: uit.

Register: Software\Policies\DeskCoach, waarde seated_only (REG_DWORD).</translation>
        </message>
        <message>
            <source>any</source>
            <comment>spine_preference_any</comment>
            <translation>alle</translation>
        </message>
        <message>
            <source>extension</source>
            <comment>spine_preference_extension</comment>
            <translation>extensie</translation>
        </message>
        <message>
            <source>flexion</source>
            <comment>spine_preference_flexion</comment>
            <translation>flexie</translation>
        </message>
        <message>
            <source>Back movements</source>
            <comment>spine_preference</comment>
            <translation>Rugbewegingen</translation>
        </message>
        <message>
            <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: any | extension | flexion. Built-in default: any.

Registry: Software\Policies\DeskCoach, value spine_preference (REG_SZ).</source>
            <comment>spine_preference_Help</comment>
            <translation>Laat vooroverbuigen (flexie) of achteroverbuigen (extensie) weg als een van beide niet goed voelt.

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: any | extension | flexion. Ingebouwde standaard: any.

Register: Software\Policies\DeskCoach, waarde spine_preference (REG_SZ).</translation>
        </message>
        <message>
            <source>Regions to leave out</source>
            <comment>avoid_regions</comment>
            <translation>Lichaamsdelen weglaten</translation>
        </message>
        <message>
            <source>Body regions DeskCoach should not suggest exercises for.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: a list of up to 64 of: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach, value avoid_regions (REG_MULTI_SZ).</source>
            <comment>avoid_regions_Help</comment>
            <translation>Lichaamsdelen waarvoor DeskCoach geen oefeningen moet voorstellen.

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: een lijst van hoogstens 64 uit: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (één per regel). Ingebouwde standaard: (geen).

Register: Software\Policies\DeskCoach, waarde avoid_regions (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Exercises to leave out</source>
            <comment>avoid_exercises</comment>
            <translation>Oefeningen weglaten</translation>
        </message>
        <message>
            <source>Exercises DeskCoach should never suggest.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: a list of up to 64 of: exercise ids (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach, value avoid_exercises (REG_MULTI_SZ).</source>
            <comment>avoid_exercises_Help</comment>
            <translation>Oefeningen die DeskCoach nooit moet voorstellen.

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: een lijst van hoogstens 64 uit: oefening-id's (één per regel). Ingebouwde standaard: (geen).

Register: Software\Policies\DeskCoach, waarde avoid_exercises (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Away after</source>
            <comment>idle_minutes</comment>
            <translation>Afwezig na</translation>
        </message>
        <message>
            <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break's length counts as a natural break.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach, value idle_minutes (REG_DWORD).</source>
            <comment>idle_minutes_Help</comment>
            <translation>Minuten zonder toetsenbord of muis waarna de werktimer stopt; terugkomen na minstens de duur van een pauze telt als een natuurlijke pauze.

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: 1-30 minuten. Ingebouwde standaard: 5.

Register: Software\Policies\DeskCoach, waarde idle_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for full-screen apps</source>
            <comment>defer_fullscreen</comment>
            <translation>Wachten op apps op volledig scherm</translation>
        </message>
        <message>
            <source>Hold a break while a full-screen app or presentation is in front.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value defer_fullscreen (REG_DWORD).</source>
            <comment>defer_fullscreen_Help</comment>
            <translation>Houd een pauze tegen zolang een app op volledig scherm of een presentatie vooraan staat.

Ingeschakeld: aan (vergrendeld).
Uitgeschakeld: uit (vergrendeld).
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: aan of uit. Ingebouwde standaard: aan.

Register: Software\Policies\DeskCoach, waarde defer_fullscreen (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for meetings</source>
            <comment>defer_meetings</comment>
            <translation>Wachten op vergaderingen</translation>
        </message>
        <message>
            <source>Hold a break while another app uses the camera or microphone.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value defer_meetings (REG_DWORD).</source>
            <comment>defer_meetings_Help</comment>
            <translation>Houd een pauze tegen zolang een andere app de camera of microfoon gebruikt.

Ingeschakeld: aan (vergrendeld).
Uitgeschakeld: uit (vergrendeld).
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: aan of uit. Ingebouwde standaard: aan.

Register: Software\Policies\DeskCoach, waarde defer_meetings (REG_DWORD).</translation>
        </message>
        <message>
            <source>Longest wait</source>
            <comment>max_defer_minutes</comment>
            <translation>Langste wachttijd</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-240 minutes. Built-in default: 60.

Registry: Software\Policies\DeskCoach, value max_defer_minutes (REG_DWORD).</source>
            <comment>max_defer_minutes_Help</comment>
            <translation>Na deze tijd geeft een tegengehouden pauze een zachte herinnering.

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: 5-240 minuten. Ingebouwde standaard: 60.

Register: Software\Policies\DeskCoach, waarde max_defer_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Working hours</source>
            <comment>working_hours</comment>
            <translation>Werktijden</translation>
        </message>
        <message>
            <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always. Built-in default: (empty).

Registry: Software\Policies\DeskCoach, value working_hours (REG_SZ).</source>
            <comment>working_hours_Help</comment>
            <translation>bijv. mon-fri 08:30-12:30,13:30-17:30; leeg betekent altijd.

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: bijv. mon-fri 08:30-12:30,13:30-17:30; leeg betekent altijd. Ingebouwde standaard: (leeg).

Register: Software\Policies\DeskCoach, waarde working_hours (REG_SZ).</translation>
        </message>
        <message>
            <source>Checklist reminders</source>
            <comment>checklist_reminders</comment>
            <translation>Checklistherinneringen</translation>
        </message>
        <message>
            <source>Remind me of open workstation actions and when a fresh check is due.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value checklist_reminders (REG_DWORD).</source>
            <comment>checklist_reminders_Help</comment>
            <translation>Herinner me aan openstaande werkplekacties en wanneer een nieuwe check nodig is.

Ingeschakeld: aan (vergrendeld).
Uitgeschakeld: uit (vergrendeld).
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: aan of uit. Ingebouwde standaard: aan.

Register: Software\Policies\DeskCoach, waarde checklist_reminders (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after</source>
            <comment>reassess_months</comment>
            <translation>Nieuwe check na</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-24 months. Built-in default: 6.

Registry: Software\Policies\DeskCoach, value reassess_months (REG_DWORD).</source>
            <comment>reassess_months_Help</comment>
            <translation>Maanden na een werkplekcheck tot DeskCoach een nieuwe voorstelt.

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: 1-24 maanden. Ingebouwde standaard: 6.

Register: Software\Policies\DeskCoach, waarde reassess_months (REG_DWORD).</translation>
        </message>
        <message>
            <source>Streak goal</source>
            <comment>goal_percent</comment>
            <translation>Reeksdoel</translation>
        </message>
        <message>
            <source>The share of the day's due breaks to take for the day to join your streak on the progress dashboard.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 10-100 %. Built-in default: 80.

Registry: Software\Policies\DeskCoach, value goal_percent (REG_DWORD).</source>
            <comment>goal_percent_Help</comment>
            <translation>Het deel van de geplande pauzes van een dag dat je moet nemen om de dag aan je reeks op het voortgangsdashboard toe te voegen.

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: 10-100 %. Ingebouwde standaard: 80.

Register: Software\Policies\DeskCoach, waarde goal_percent (REG_DWORD).</translation>
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
            <translation>Uit</translation>
        </message>
        <message>
            <source>Eye breaks every</source>
            <comment>eye_break_minutes</comment>
            <translation>Oogpauze elke</translation>
        </message>
        <message>
            <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-60 minutes, or 0 for off. Built-in default: 20.

Registry: Software\Policies\DeskCoach, value eye_break_minutes (REG_DWORD).

The list offers 5-60 and off (0), stored as 0.</source>
            <comment>eye_break_minutes_Help</comment>
            <translation>Een melding van 20 seconden om in de verte te kijken, tussen beweegpauzes (0 = uit).

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: 5-60 minuten, of 0 voor uit. Ingebouwde standaard: 20.

Register: Software\Policies\DeskCoach, waarde eye_break_minutes (REG_DWORD).

De lijst biedt 5-60 en uit (0), opgeslagen als 0.</translation>
        </message>
        <message>
            <source>Daily anchors</source>
            <comment>daily_anchors</comment>
            <translation>Dagelijkse ankers</translation>
        </message>
        <message>
            <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none. Built-in default: (empty).

Registry: Software\Policies\DeskCoach, value daily_anchors (REG_SZ).</source>
            <comment>daily_anchors_Help</comment>
            <translation>Optionele routines van vijf minuten op momenten die je toch al hebt, bijv. coffee 08:30, lunch 12:30, end of day 17:15; leeg betekent geen.

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: Optionele routines van vijf minuten op momenten die je toch al hebt, bijv. coffee 08:30, lunch 12:30, end of day 17:15; leeg betekent geen. Ingebouwde standaard: (leeg).

Register: Software\Policies\DeskCoach, waarde daily_anchors (REG_SZ).</translation>
        </message>
        <message>
            <source>Volume</source>
            <comment>sound_volume</comment>
            <translation>Volume</translation>
        </message>
        <message>
            <source>How loud the break cues are.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-100 %. Built-in default: 60.

Registry: Software\Policies\DeskCoach, value sound_volume (REG_DWORD).</source>
            <comment>sound_volume_Help</comment>
            <translation>Hoe luid de pauzesignalen zijn.

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: 0-100 %. Ingebouwde standaard: 60.

Register: Software\Policies\DeskCoach, waarde sound_volume (REG_DWORD).</translation>
        </message>
        <message>
            <source>chime</source>
            <comment>sound_cue_chime</comment>
            <translation>klokkenspel</translation>
        </message>
        <message>
            <source>bell</source>
            <comment>sound_cue_bell</comment>
            <translation>bel</translation>
        </message>
        <message>
            <source>soft</source>
            <comment>sound_cue_soft</comment>
            <translation>zacht</translation>
        </message>
        <message>
            <source>Cue</source>
            <comment>sound_cue</comment>
            <translation>Signaal</translation>
        </message>
        <message>
            <source>Which of DeskCoach's sounds the cues use.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: chime | bell | soft. Built-in default: chime.

Registry: Software\Policies\DeskCoach, value sound_cue (REG_SZ).</source>
            <comment>sound_cue_Help</comment>
            <translation>Welk DeskCoach-geluid de signalen gebruiken.

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: chime | bell | soft. Ingebouwde standaard: chime.

Register: Software\Policies\DeskCoach, waarde sound_cue (REG_SZ).</translation>
        </message>
        <message>
            <source>pointer</source>
            <comment>break_screens_pointer</comment>
            <translation>aanwijzer</translation>
        </message>
        <message>
            <source>primary</source>
            <comment>break_screens_primary</comment>
            <translation>primair</translation>
        </message>
        <message>
            <source>all</source>
            <comment>break_screens_all</comment>
            <translation>alle</translation>
        </message>
        <message>
            <source>Break window on</source>
            <comment>break_screens</comment>
            <translation>Pauzevenster op</translation>
        </message>
        <message>
            <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer's screen and a calm dimmed panel on the others (it never blocks input).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: pointer | primary | all. Built-in default: pointer.

Registry: Software\Policies\DeskCoach, value break_screens (REG_SZ).</source>
            <comment>break_screens_Help</comment>
            <translation>aanwijzer: het scherm met de muisaanwijzer; primair: het hoofdscherm; alle: de pauze op het scherm van de aanwijzer en een rustig gedimd paneel op de andere (blokkeert nooit invoer).

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: pointer | primary | all. Ingebouwde standaard: pointer.

Register: Software\Policies\DeskCoach, waarde break_screens (REG_SZ).</translation>
        </message>
        <message>
            <source>system</source>
            <comment>theme_system</comment>
            <translation>systeem</translation>
        </message>
        <message>
            <source>light</source>
            <comment>theme_light</comment>
            <translation>licht</translation>
        </message>
        <message>
            <source>dark</source>
            <comment>theme_dark</comment>
            <translation>donker</translation>
        </message>
        <message>
            <source>Colours</source>
            <comment>theme</comment>
            <translation>Kleuren</translation>
        </message>
        <message>
            <source>Light or dark windows; system follows your desktop's colour scheme.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: system | light | dark. Built-in default: system.

Registry: Software\Policies\DeskCoach, value theme (REG_SZ).</source>
            <comment>theme_Help</comment>
            <translation>Lichte of donkere vensters; systeem volgt het kleurenschema van je bureaublad.

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: system | light | dark. Ingebouwde standaard: system.

Register: Software\Policies\DeskCoach, waarde theme (REG_SZ).</translation>
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
            <translation>Taal</translation>
        </message>
        <message>
            <source>The language of DeskCoach's menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Built-in default: system.

Registry: Software\Policies\DeskCoach, value language (REG_SZ).</source>
            <comment>language_Help</comment>
            <translation>De taal van de vensters, oefeningen en berichten van DeskCoach; systeem volgt je bureaublad.

Ingeschakeld: de waarde is vergrendeld; het instellingenvenster toont hem grijs met "Ingesteld door je organisatie" en `deskcoach config set` weigert hem te wijzigen.
Niet geconfigureerd: de eigen keuze van de gebruiker geldt.

Toegestaan: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Ingebouwde standaard: system.

Register: Software\Policies\DeskCoach, waarde language (REG_SZ).</translation>
        </message>
        <message>
            <source>Work interval: upper limit</source>
            <comment>Limit_work_minutes_max</comment>
            <translation>Werkinterval: bovengrens</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 5-120 minutes.

Registry: Software\Policies\DeskCoach, value work_minutes.max (REG_DWORD).</source>
            <comment>Limit_work_minutes_max_Help</comment>
            <translation>Minuten werk tussen pauzes; 30-45 wordt aangeraden.

Ingeschakeld: gebruikers kunnen hoogstens deze waarde kiezen; een instelling daarboven wordt erop teruggezet. Limieten maken instellingen alleen strenger; als meerdere bronnen er een instellen, geldt de strengste.
Niet geconfigureerd: het hele bereik is toegestaan.

Toegestaan: 5-120 minuten.

Register: Software\Policies\DeskCoach, waarde work_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length: lower limit</source>
            <comment>Limit_break_seconds_min</comment>
            <translation>Pauzeduur: ondergrens</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: users may only choose at least this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 30-600 seconds.

Registry: Software\Policies\DeskCoach, value break_seconds.min (REG_DWORD).</source>
            <comment>Limit_break_seconds_min_Help</comment>
            <translation>Hoe lang elke beweegpauze duurt.

Ingeschakeld: gebruikers kunnen minstens deze waarde kiezen; een instelling daaronder wordt erop teruggezet. Limieten maken instellingen alleen strenger; als meerdere bronnen er een instellen, geldt de strengste.
Niet geconfigureerd: het hele bereik is toegestaan.

Toegestaan: 30-600 seconden.

Register: Software\Policies\DeskCoach, waarde break_seconds.min (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length: upper limit</source>
            <comment>Limit_snooze_minutes_max</comment>
            <translation>Uitsteltijd: bovengrens</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 1-30 minutes.

Registry: Software\Policies\DeskCoach, value snooze_minutes.max (REG_DWORD).</source>
            <comment>Limit_snooze_minutes_max_Help</comment>
            <translation>Hoe lang Uitstellen een pauze opschuift.

Ingeschakeld: gebruikers kunnen hoogstens deze waarde kiezen; een instelling daarboven wordt erop teruggezet. Limieten maken instellingen alleen strenger; als meerdere bronnen er een instellen, geldt de strengste.
Niet geconfigureerd: het hele bereik is toegestaan.

Toegestaan: 1-30 minuten.

Register: Software\Policies\DeskCoach, waarde snooze_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break: upper limit</source>
            <comment>Limit_snoozes_per_break_max</comment>
            <translation>Keer uitstellen per pauze: bovengrens</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 0-5.

Registry: Software\Policies\DeskCoach, value snoozes_per_break.max (REG_DWORD).</source>
            <comment>Limit_snoozes_per_break_max_Help</comment>
            <translation>Hoe vaak één pauze mag worden uitgesteld.

Ingeschakeld: gebruikers kunnen hoogstens deze waarde kiezen; een instelling daarboven wordt erop teruggezet. Limieten maken instellingen alleen strenger; als meerdere bronnen er een instellen, geldt de strengste.
Niet geconfigureerd: het hele bereik is toegestaan.

Toegestaan: 0-5.

Register: Software\Policies\DeskCoach, waarde snoozes_per_break.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Skips per day: upper limit</source>
            <comment>Limit_daily_skip_budget_max</comment>
            <translation>Overslaan per dag: bovengrens</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 0-20.

Registry: Software\Policies\DeskCoach, value daily_skip_budget.max (REG_DWORD).</source>
            <comment>Limit_daily_skip_budget_max_Help</comment>
            <translation>Hoeveel pauzes er per dag mogen worden overgeslagen.

Ingeschakeld: gebruikers kunnen hoogstens deze waarde kiezen; een instelling daarboven wordt erop teruggezet. Limieten maken instellingen alleen strenger; als meerdere bronnen er een instellen, geldt de strengste.
Niet geconfigureerd: het hele bereik is toegestaan.

Toegestaan: 0-20.

Register: Software\Policies\DeskCoach, waarde daily_skip_budget.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Longest wait: upper limit</source>
            <comment>Limit_max_defer_minutes_max</comment>
            <translation>Langste wachttijd: bovengrens</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 5-240 minutes.

Registry: Software\Policies\DeskCoach, value max_defer_minutes.max (REG_DWORD).</source>
            <comment>Limit_max_defer_minutes_max_Help</comment>
            <translation>Na deze tijd geeft een tegengehouden pauze een zachte herinnering.

Ingeschakeld: gebruikers kunnen hoogstens deze waarde kiezen; een instelling daarboven wordt erop teruggezet. Limieten maken instellingen alleen strenger; als meerdere bronnen er een instellen, geldt de strengste.
Niet geconfigureerd: het hele bereik is toegestaan.

Toegestaan: 5-240 minuten.

Register: Software\Policies\DeskCoach, waarde max_defer_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after: upper limit</source>
            <comment>Limit_reassess_months_max</comment>
            <translation>Nieuwe check na: bovengrens</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 1-24 months.

Registry: Software\Policies\DeskCoach, value reassess_months.max (REG_DWORD).</source>
            <comment>Limit_reassess_months_max_Help</comment>
            <translation>Maanden na een werkplekcheck tot DeskCoach een nieuwe voorstelt.

Ingeschakeld: gebruikers kunnen hoogstens deze waarde kiezen; een instelling daarboven wordt erop teruggezet. Limieten maken instellingen alleen strenger; als meerdere bronnen er een instellen, geldt de strengste.
Niet geconfigureerd: het hele bereik is toegestaan.

Toegestaan: 1-24 maanden.

Register: Software\Policies\DeskCoach, waarde reassess_months.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Strict mode: required</source>
            <comment>Limit_strict_mode_required</comment>
            <translation>Strikte modus: verplicht</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: strict mode must be on; users cannot switch it off.
Disabled or Not configured: no requirement.

Registry: Software\Policies\DeskCoach, value strict_mode.required (REG_DWORD).</source>
            <comment>Limit_strict_mode_required_Help</comment>
            <translation>Pauzes kunnen niet worden overgeslagen of uitgesteld.

Ingeschakeld: de strikte modus moet aan staan; gebruikers kunnen hem niet uitzetten.
Uitgeschakeld of Niet geconfigureerd: geen vereiste.

Register: Software\Policies\DeskCoach, waarde strict_mode.required (REG_DWORD).</translation>
        </message>
        <message>
            <source>Exporting statistics</source>
            <comment>Feature_statistics_export</comment>
            <translation>Statistieken exporteren</translation>
        </message>
        <message>
            <source>Exporting statistics (deskcoach stats --format csv/json, export).

Enabled: the feature is available.
Disabled: it is switched off for the user.
Not configured: available.

Registry: Software\Policies\DeskCoach, value statistics_export (REG_DWORD).</source>
            <comment>Feature_statistics_export_Help</comment>
            <translation>Statistieken exporteren (deskcoach stats --format csv/json, export).

Ingeschakeld: de functie is beschikbaar.
Uitgeschakeld: de functie staat uit voor de gebruiker.
Niet geconfigureerd: beschikbaar.

Register: Software\Policies\DeskCoach, waarde statistics_export (REG_DWORD).</translation>
        </message>
        <message>
            <source>Work interval (recommended)</source>
            <comment>Recommended_work_minutes</comment>
            <translation>Werkinterval (aanbevolen)</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-120 minutes. Built-in default: 40.

Registry: Software\Policies\DeskCoach\Recommended, value work_minutes (REG_DWORD).</source>
            <comment>Recommended_work_minutes_Help</comment>
            <translation>Minuten werk tussen pauzes; 30-45 wordt aangeraden.

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: 5-120 minuten. Ingebouwde standaard: 40.

Register: Software\Policies\DeskCoach\Recommended, waarde work_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length (recommended)</source>
            <comment>Recommended_break_seconds</comment>
            <translation>Pauzeduur (aanbevolen)</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 30-600 seconds. Built-in default: 120.

Registry: Software\Policies\DeskCoach\Recommended, value break_seconds (REG_DWORD).</source>
            <comment>Recommended_break_seconds_Help</comment>
            <translation>Hoe lang elke beweegpauze duurt.

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: 30-600 seconden. Ingebouwde standaard: 120.

Register: Software\Policies\DeskCoach\Recommended, waarde break_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Notice before a break (recommended)</source>
            <comment>Recommended_notice_seconds</comment>
            <translation>Melding vooraf (aanbevolen)</translation>
        </message>
        <message>
            <source>How early the tray warns that a break is coming (0 = no notice).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-300 seconds. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value notice_seconds (REG_DWORD).</source>
            <comment>Recommended_notice_seconds_Help</comment>
            <translation>Hoe vroeg het systeemvak meldt dat er een pauze aankomt (0 = geen melding).

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: 0-300 seconden. Ingebouwde standaard: 60.

Register: Software\Policies\DeskCoach\Recommended, waarde notice_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length (recommended)</source>
            <comment>Recommended_snooze_minutes</comment>
            <translation>Uitsteltijd (aanbevolen)</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach\Recommended, value snooze_minutes (REG_DWORD).</source>
            <comment>Recommended_snooze_minutes_Help</comment>
            <translation>Hoe lang Uitstellen een pauze opschuift.

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: 1-30 minuten. Ingebouwde standaard: 5.

Register: Software\Policies\DeskCoach\Recommended, waarde snooze_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break (recommended)</source>
            <comment>Recommended_snoozes_per_break</comment>
            <translation>Keer uitstellen per pauze (aanbevolen)</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-5. Built-in default: 2.

Registry: Software\Policies\DeskCoach\Recommended, value snoozes_per_break (REG_DWORD).</source>
            <comment>Recommended_snoozes_per_break_Help</comment>
            <translation>Hoe vaak één pauze mag worden uitgesteld.

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: 0-5. Ingebouwde standaard: 2.

Register: Software\Policies\DeskCoach\Recommended, waarde snoozes_per_break (REG_DWORD).</translation>
        </message>
        <message>
            <source>Skips per day (recommended)</source>
            <comment>Recommended_daily_skip_budget</comment>
            <translation>Overslaan per dag (aanbevolen)</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-20, or -1 for unlimited. Built-in default: 3.

Registry: Software\Policies\DeskCoach\Recommended, value daily_skip_budget (REG_DWORD).

The list offers 0-20 and unlimited (-1), stored as 4294967295.</source>
            <comment>Recommended_daily_skip_budget_Help</comment>
            <translation>Hoeveel pauzes er per dag mogen worden overgeslagen.

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: 0-20, of -1 voor onbeperkt. Ingebouwde standaard: 3.

Register: Software\Policies\DeskCoach\Recommended, waarde daily_skip_budget (REG_DWORD).

De lijst biedt 0-20 en onbeperkt (-1), opgeslagen als 4294967295.</translation>
        </message>
        <message>
            <source>Strict mode (recommended)</source>
            <comment>Recommended_strict_mode</comment>
            <translation>Strikte modus (aanbevolen)</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value strict_mode (REG_DWORD).</source>
            <comment>Recommended_strict_mode_Help</comment>
            <translation>Pauzes kunnen niet worden overgeslagen of uitgesteld.

Ingeschakeld: aan.
Uitgeschakeld: uit.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: aan of uit. Ingebouwde standaard: uit.

Register: Software\Policies\DeskCoach\Recommended, waarde strict_mode (REG_DWORD).</translation>
        </message>
        <message>
            <source>Sound (recommended)</source>
            <comment>Recommended_sound</comment>
            <translation>Geluid (aanbevolen)</translation>
        </message>
        <message>
            <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value sound (REG_DWORD).</source>
            <comment>Recommended_sound_Help</comment>
            <translation>Speel een zacht signaal af als een pauze begint en eindigt (nooit terwijl een vergadering pauzes tegenhoudt).

Ingeschakeld: aan.
Uitgeschakeld: uit.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: aan of uit. Ingebouwde standaard: aan.

Register: Software\Policies\DeskCoach\Recommended, waarde sound (REG_DWORD).</translation>
        </message>
        <message>
            <source>Start at login (recommended)</source>
            <comment>Recommended_start_at_login</comment>
            <translation>Starten bij aanmelden (aanbevolen)</translation>
        </message>
        <message>
            <source>Start DeskCoach when you log in.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value start_at_login (REG_DWORD).</source>
            <comment>Recommended_start_at_login_Help</comment>
            <translation>Start DeskCoach als je je aanmeldt.

Ingeschakeld: aan.
Uitgeschakeld: uit.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: aan of uit. Ingebouwde standaard: aan.

Register: Software\Policies\DeskCoach\Recommended, waarde start_at_login (REG_DWORD).</translation>
        </message>
        <message>
            <source>Reduced motion (recommended)</source>
            <comment>Recommended_reduced_motion</comment>
            <translation>Minder beweging (aanbevolen)</translation>
        </message>
        <message>
            <source>Show still key poses instead of animations.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value reduced_motion (REG_DWORD).</source>
            <comment>Recommended_reduced_motion_Help</comment>
            <translation>Toon stilstaande kernhoudingen in plaats van animaties.

Ingeschakeld: aan.
Uitgeschakeld: uit.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: aan of uit. Ingebouwde standaard: uit.

Register: Software\Policies\DeskCoach\Recommended, waarde reduced_motion (REG_DWORD).</translation>
        </message>
        <message>
            <source>Seated only (recommended)</source>
            <comment>Recommended_seated_only</comment>
            <translation>Alleen zittend (aanbevolen)</translation>
        </message>
        <message>
            <source>Only suggest exercises that can be done sitting down.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value seated_only (REG_DWORD).</source>
            <comment>Recommended_seated_only_Help</comment>
            <translation>Stel alleen oefeningen voor die zittend kunnen.

Ingeschakeld: aan.
Uitgeschakeld: uit.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: aan of uit. Ingebouwde standaard: uit.

Register: Software\Policies\DeskCoach\Recommended, waarde seated_only (REG_DWORD).</translation>
        </message>
        <message>
            <source>Back movements (recommended)</source>
            <comment>Recommended_spine_preference</comment>
            <translation>Rugbewegingen (aanbevolen)</translation>
        </message>
        <message>
            <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: any | extension | flexion. Built-in default: any.

Registry: Software\Policies\DeskCoach\Recommended, value spine_preference (REG_SZ).</source>
            <comment>Recommended_spine_preference_Help</comment>
            <translation>Laat vooroverbuigen (flexie) of achteroverbuigen (extensie) weg als een van beide niet goed voelt.

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: any | extension | flexion. Ingebouwde standaard: any.

Register: Software\Policies\DeskCoach\Recommended, waarde spine_preference (REG_SZ).</translation>
        </message>
        <message>
            <source>Regions to leave out (recommended)</source>
            <comment>Recommended_avoid_regions</comment>
            <translation>Lichaamsdelen weglaten (aanbevolen)</translation>
        </message>
        <message>
            <source>Body regions DeskCoach should not suggest exercises for.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: a list of up to 64 of: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach\Recommended, value avoid_regions (REG_MULTI_SZ).</source>
            <comment>Recommended_avoid_regions_Help</comment>
            <translation>Lichaamsdelen waarvoor DeskCoach geen oefeningen moet voorstellen.

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: een lijst van hoogstens 64 uit: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (één per regel). Ingebouwde standaard: (geen).

Register: Software\Policies\DeskCoach\Recommended, waarde avoid_regions (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Exercises to leave out (recommended)</source>
            <comment>Recommended_avoid_exercises</comment>
            <translation>Oefeningen weglaten (aanbevolen)</translation>
        </message>
        <message>
            <source>Exercises DeskCoach should never suggest.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: a list of up to 64 of: exercise ids (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach\Recommended, value avoid_exercises (REG_MULTI_SZ).</source>
            <comment>Recommended_avoid_exercises_Help</comment>
            <translation>Oefeningen die DeskCoach nooit moet voorstellen.

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: een lijst van hoogstens 64 uit: oefening-id's (één per regel). Ingebouwde standaard: (geen).

Register: Software\Policies\DeskCoach\Recommended, waarde avoid_exercises (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Away after (recommended)</source>
            <comment>Recommended_idle_minutes</comment>
            <translation>Afwezig na (aanbevolen)</translation>
        </message>
        <message>
            <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break's length counts as a natural break.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach\Recommended, value idle_minutes (REG_DWORD).</source>
            <comment>Recommended_idle_minutes_Help</comment>
            <translation>Minuten zonder toetsenbord of muis waarna de werktimer stopt; terugkomen na minstens de duur van een pauze telt als een natuurlijke pauze.

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: 1-30 minuten. Ingebouwde standaard: 5.

Register: Software\Policies\DeskCoach\Recommended, waarde idle_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for full-screen apps (recommended)</source>
            <comment>Recommended_defer_fullscreen</comment>
            <translation>Wachten op apps op volledig scherm (aanbevolen)</translation>
        </message>
        <message>
            <source>Hold a break while a full-screen app or presentation is in front.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value defer_fullscreen (REG_DWORD).</source>
            <comment>Recommended_defer_fullscreen_Help</comment>
            <translation>Houd een pauze tegen zolang een app op volledig scherm of een presentatie vooraan staat.

Ingeschakeld: aan.
Uitgeschakeld: uit.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: aan of uit. Ingebouwde standaard: aan.

Register: Software\Policies\DeskCoach\Recommended, waarde defer_fullscreen (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for meetings (recommended)</source>
            <comment>Recommended_defer_meetings</comment>
            <translation>Wachten op vergaderingen (aanbevolen)</translation>
        </message>
        <message>
            <source>Hold a break while another app uses the camera or microphone.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value defer_meetings (REG_DWORD).</source>
            <comment>Recommended_defer_meetings_Help</comment>
            <translation>Houd een pauze tegen zolang een andere app de camera of microfoon gebruikt.

Ingeschakeld: aan.
Uitgeschakeld: uit.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: aan of uit. Ingebouwde standaard: aan.

Register: Software\Policies\DeskCoach\Recommended, waarde defer_meetings (REG_DWORD).</translation>
        </message>
        <message>
            <source>Longest wait (recommended)</source>
            <comment>Recommended_max_defer_minutes</comment>
            <translation>Langste wachttijd (aanbevolen)</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-240 minutes. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value max_defer_minutes (REG_DWORD).</source>
            <comment>Recommended_max_defer_minutes_Help</comment>
            <translation>Na deze tijd geeft een tegengehouden pauze een zachte herinnering.

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: 5-240 minuten. Ingebouwde standaard: 60.

Register: Software\Policies\DeskCoach\Recommended, waarde max_defer_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Working hours (recommended)</source>
            <comment>Recommended_working_hours</comment>
            <translation>Werktijden (aanbevolen)</translation>
        </message>
        <message>
            <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always. Built-in default: (empty).

Registry: Software\Policies\DeskCoach\Recommended, value working_hours (REG_SZ).</source>
            <comment>Recommended_working_hours_Help</comment>
            <translation>bijv. mon-fri 08:30-12:30,13:30-17:30; leeg betekent altijd.

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: bijv. mon-fri 08:30-12:30,13:30-17:30; leeg betekent altijd. Ingebouwde standaard: (leeg).

Register: Software\Policies\DeskCoach\Recommended, waarde working_hours (REG_SZ).</translation>
        </message>
        <message>
            <source>Checklist reminders (recommended)</source>
            <comment>Recommended_checklist_reminders</comment>
            <translation>Checklistherinneringen (aanbevolen)</translation>
        </message>
        <message>
            <source>Remind me of open workstation actions and when a fresh check is due.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value checklist_reminders (REG_DWORD).</source>
            <comment>Recommended_checklist_reminders_Help</comment>
            <translation>Herinner me aan openstaande werkplekacties en wanneer een nieuwe check nodig is.

Ingeschakeld: aan.
Uitgeschakeld: uit.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: aan of uit. Ingebouwde standaard: aan.

Register: Software\Policies\DeskCoach\Recommended, waarde checklist_reminders (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after (recommended)</source>
            <comment>Recommended_reassess_months</comment>
            <translation>Nieuwe check na (aanbevolen)</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-24 months. Built-in default: 6.

Registry: Software\Policies\DeskCoach\Recommended, value reassess_months (REG_DWORD).</source>
            <comment>Recommended_reassess_months_Help</comment>
            <translation>Maanden na een werkplekcheck tot DeskCoach een nieuwe voorstelt.

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: 1-24 maanden. Ingebouwde standaard: 6.

Register: Software\Policies\DeskCoach\Recommended, waarde reassess_months (REG_DWORD).</translation>
        </message>
        <message>
            <source>Streak goal (recommended)</source>
            <comment>Recommended_goal_percent</comment>
            <translation>Reeksdoel (aanbevolen)</translation>
        </message>
        <message>
            <source>The share of the day's due breaks to take for the day to join your streak on the progress dashboard.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 10-100 %. Built-in default: 80.

Registry: Software\Policies\DeskCoach\Recommended, value goal_percent (REG_DWORD).</source>
            <comment>Recommended_goal_percent_Help</comment>
            <translation>Het deel van de geplande pauzes van een dag dat je moet nemen om de dag aan je reeks op het voortgangsdashboard toe te voegen.

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: 10-100 %. Ingebouwde standaard: 80.

Register: Software\Policies\DeskCoach\Recommended, waarde goal_percent (REG_DWORD).</translation>
        </message>
        <message>
            <source>Eye breaks every (recommended)</source>
            <comment>Recommended_eye_break_minutes</comment>
            <translation>Oogpauze elke (aanbevolen)</translation>
        </message>
        <message>
            <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-60 minutes, or 0 for off. Built-in default: 20.

Registry: Software\Policies\DeskCoach\Recommended, value eye_break_minutes (REG_DWORD).

The list offers 5-60 and off (0), stored as 0.</source>
            <comment>Recommended_eye_break_minutes_Help</comment>
            <translation>Een melding van 20 seconden om in de verte te kijken, tussen beweegpauzes (0 = uit).

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: 5-60 minuten, of 0 voor uit. Ingebouwde standaard: 20.

Register: Software\Policies\DeskCoach\Recommended, waarde eye_break_minutes (REG_DWORD).

De lijst biedt 5-60 en uit (0), opgeslagen als 0.</translation>
        </message>
        <message>
            <source>Daily anchors (recommended)</source>
            <comment>Recommended_daily_anchors</comment>
            <translation>Dagelijkse ankers (aanbevolen)</translation>
        </message>
        <message>
            <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none. Built-in default: (empty).

Registry: Software\Policies\DeskCoach\Recommended, value daily_anchors (REG_SZ).</source>
            <comment>Recommended_daily_anchors_Help</comment>
            <translation>Optionele routines van vijf minuten op momenten die je toch al hebt, bijv. coffee 08:30, lunch 12:30, end of day 17:15; leeg betekent geen.

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: Optionele routines van vijf minuten op momenten die je toch al hebt, bijv. coffee 08:30, lunch 12:30, end of day 17:15; leeg betekent geen. Ingebouwde standaard: (leeg).

Register: Software\Policies\DeskCoach\Recommended, waarde daily_anchors (REG_SZ).</translation>
        </message>
        <message>
            <source>Volume (recommended)</source>
            <comment>Recommended_sound_volume</comment>
            <translation>Volume (aanbevolen)</translation>
        </message>
        <message>
            <source>How loud the break cues are.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-100 %. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value sound_volume (REG_DWORD).</source>
            <comment>Recommended_sound_volume_Help</comment>
            <translation>Hoe luid de pauzesignalen zijn.

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: 0-100 %. Ingebouwde standaard: 60.

Register: Software\Policies\DeskCoach\Recommended, waarde sound_volume (REG_DWORD).</translation>
        </message>
        <message>
            <source>Cue (recommended)</source>
            <comment>Recommended_sound_cue</comment>
            <translation>Signaal (aanbevolen)</translation>
        </message>
        <message>
            <source>Which of DeskCoach's sounds the cues use.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: chime | bell | soft. Built-in default: chime.

Registry: Software\Policies\DeskCoach\Recommended, value sound_cue (REG_SZ).</source>
            <comment>Recommended_sound_cue_Help</comment>
            <translation>Welk DeskCoach-geluid de signalen gebruiken.

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: chime | bell | soft. Ingebouwde standaard: chime.

Register: Software\Policies\DeskCoach\Recommended, waarde sound_cue (REG_SZ).</translation>
        </message>
        <message>
            <source>Break window on (recommended)</source>
            <comment>Recommended_break_screens</comment>
            <translation>Pauzevenster op (aanbevolen)</translation>
        </message>
        <message>
            <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer's screen and a calm dimmed panel on the others (it never blocks input).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: pointer | primary | all. Built-in default: pointer.

Registry: Software\Policies\DeskCoach\Recommended, value break_screens (REG_SZ).</source>
            <comment>Recommended_break_screens_Help</comment>
            <translation>aanwijzer: het scherm met de muisaanwijzer; primair: het hoofdscherm; alle: de pauze op het scherm van de aanwijzer en een rustig gedimd paneel op de andere (blokkeert nooit invoer).

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: pointer | primary | all. Ingebouwde standaard: pointer.

Register: Software\Policies\DeskCoach\Recommended, waarde break_screens (REG_SZ).</translation>
        </message>
        <message>
            <source>Colours (recommended)</source>
            <comment>Recommended_theme</comment>
            <translation>Kleuren (aanbevolen)</translation>
        </message>
        <message>
            <source>Light or dark windows; system follows your desktop's colour scheme.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: system | light | dark. Built-in default: system.

Registry: Software\Policies\DeskCoach\Recommended, value theme (REG_SZ).</source>
            <comment>Recommended_theme_Help</comment>
            <translation>Lichte of donkere vensters; systeem volgt het kleurenschema van je bureaublad.

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: system | light | dark. Ingebouwde standaard: system.

Register: Software\Policies\DeskCoach\Recommended, waarde theme (REG_SZ).</translation>
        </message>
        <message>
            <source>Language (recommended)</source>
            <comment>Recommended_language</comment>
            <translation>Taal (aanbevolen)</translation>
        </message>
        <message>
            <source>The language of DeskCoach's menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Built-in default: system.

Registry: Software\Policies\DeskCoach\Recommended, value language (REG_SZ).</source>
            <comment>Recommended_language_Help</comment>
            <translation>De taal van de vensters, oefeningen en berichten van DeskCoach; systeem volgt je bureaublad.

Ingeschakeld: de waarde geldt tot de gebruiker hem in de instellingen wijzigt.
Niet geconfigureerd: de machinestandaard van DeskCoach of de ingebouwde standaard geldt.

Toegestaan: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Ingebouwde standaard: system.

Register: Software\Policies\DeskCoach\Recommended, waarde language (REG_SZ).</translation>
        </message>
        <message>
            <source>DeskCoach 0.1 or later</source>
            <comment>SUPPORTED_DeskCoach_0_1</comment>
            <translation>DeskCoach 0.1 of later</translation>
        </message>
    </context>
    <context>
        <name>man</name>
        <message>
            <source>.SH NAME
deskcoach \- calm system-tray coach for short movement breaks</source>
            <comment>block 1</comment>
            <translation>.SH NAME
deskcoach \- rustige coach in het systeemvak voor korte beweegpauzes</translation>
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
laat een werktimer lopen in het systeemvak en begeleidt, als er een pauze gepland is, een korte beweegpauze op het scherm zonder de toetsenbordfocus over te nemen. Zonder
.IR COMMAND ,
start het de app in het systeemvak; als die voor deze gebruiker al draait, start er verder niets. De andere opdrachten tonen informatie of sturen de draaiende app aan.</translation>
        </message>
        <message>
            <source>.PP
DeskCoach gives general movement guidance, not medical advice.</source>
            <comment>block 4</comment>
            <translation>.PP
DeskCoach geeft algemene adviezen over bewegen, geen medisch advies.</translation>
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
Bewaar alle instellingen en gegevens in
.I DIR
(draagbare modus) in plaats van in de mappen per gebruiker.</translation>
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
Laat elke duur
.I N
keer sneller lopen (demonstraties en tests).</translation>
        </message>
        <message>
            <source>.TP
.B \-\-version
Print the version and exit.</source>
            <comment>block 8</comment>
            <translation>.TP
.B \-\-version
Toon de versie en sluit af.</translation>
        </message>
        <message>
            <source>.TP
.BR \-h ", " \-\-help
Print the commands and options; each command also takes
.BR \-\-help .</source>
            <comment>block 9</comment>
            <translation>.TP
.BR \-h ", " \-\-help
Toon de opdrachten en opties; elke opdracht accepteert ook
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
Start de app in het systeemvak (standaard).</translation>
        </message>
        <message>
            <source>.TP
.BR status " [" \-\-json ]
What the running app is doing.</source>
            <comment>block 12</comment>
            <translation>.TP
.BR status " [" \-\-json ]
Wat de draaiende app aan het doen is.</translation>
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
Neem nu een pauze.</translation>
        </message>
        <message>
            <source>.TP
.BI pause " LENGTH"
Pause breaks: 30m, 1h, 1h30m and so on up to 24h, or tomorrow.</source>
            <comment>block 14</comment>
            <translation>.TP
.BI pause " LENGTH"
Pauzeer de pauzes: 30m, 1h, 1h30m enzovoort tot 24h, of tomorrow.</translation>
        </message>
        <message>
            <source>.TP
.BR resume ", " skip\-next ", " snooze ", " done ", " swap ", " quit
Drive the running app: end a pause, skip the break on screen or the next one, snooze or
finish the break on screen, swap its exercise, quit.</source>
            <comment>block 15</comment>
            <translation>.TP
.BR resume ", " skip\-next ", " snooze ", " done ", " swap ", " quit
Stuur de draaiende app aan: beëindig het pauzeren, sla de pauze op het scherm of de volgende over, stel de pauze op het scherm uit of rond hem af, wissel de oefening, sluit af.</translation>
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
Toon de oefeningencatalogus, of één oefening.</translation>
        </message>
        <message>
            <source>.TP
.BR checklist " items|export"
The workstation checklist: list its questions, or export an assessment as PDF or JSON.</source>
            <comment>block 17</comment>
            <translation>.TP
.BR checklist " items|export"
De werkplekchecklist: toon de vragen, of exporteer een beoordeling als pdf of JSON.</translation>
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
Pauzes per dag, als tabel, CSV of JSON; met \-\-summary de kerncijfers van het voortgangsdashboard (vandaag, deze week tegenover vorige week, de reeks, minuten bewogen, lichaamsdelen) over de hele geschiedenis.</translation>
        </message>
        <message>
            <source>.TP
.B checkin \-\-pain \fIN\fP [\-\-region \fIR\fP] [\-\-exercise \fIID\fP]
Log how your body feels now (0-10); the coach paces each exercise's level by these answers.</source>
            <comment>block 19</comment>
            <translation>.TP
.B checkin \-\-pain \fIN\fP [\-\-region \fIR\fP] [\-\-exercise \fIID\fP]
Leg vast hoe je lichaam nu voelt (0-10); de coach stemt het niveau van elke oefening af op deze antwoorden.</translation>
        </message>
        <message>
            <source>.TP
.B log [\-\-days \fIN\fP] [\-\-format table|csv|json] [\-\-pdf \fIFILE\fP]
Your check-ins and the plan's changes; with \-\-pdf, a one-page log for a clinician.</source>
            <comment>block 20</comment>
            <translation>.TP
.B log [\-\-days \fIN\fP] [\-\-format table|csv|json] [\-\-pdf \fIFILE\fP]
Je check-ins en de wijzigingen in het plan; met \-\-pdf een logboek van één pagina voor een zorgverlener.</translation>
        </message>
        <message>
            <source>.TP
.BR programme " list|show|start|stop|status"
Multi-week programmes in phases: list them (with suggestions), show one, start, stop, or
show the running one's phase and week.</source>
            <comment>block 21</comment>
            <translation>.TP
.BR programme " list|show|start|stop|status"
Programma's van meerdere weken in fasen: toon ze (met suggesties), toon er één, start, stop, of toon de fase en week van het lopende programma.</translation>
        </message>
        <message>
            <source>.TP
.BI export " FILE" "\fR, \fPimport" " FILE"
Write all your data to a JSON file, or merge such a file into this profile.</source>
            <comment>block 22</comment>
            <translation>.TP
.BI export " FILE" "\fR, \fPimport" " FILE"
Schrijf al je gegevens naar een JSON-bestand, of voeg zo'n bestand samen met dit profiel.</translation>
        </message>
        <message>
            <source>.TP
.BR config " show|set|validate"
Show every effective setting and where it comes from, set one, or check a settings file.</source>
            <comment>block 23</comment>
            <translation>.TP
.BR config " show|set|validate"
Toon elke geldende instelling en waar die vandaan komt, wijzig er een, of controleer een instellingenbestand.</translation>
        </message>
        <message>
            <source>.TP
.BR policy " show|validate"
Show the organisation's effective policy and its sources, or check a policy file.</source>
            <comment>block 24</comment>
            <translation>.TP
.BR policy " show|validate"
Toon het geldende beleid van de organisatie en waar het vandaan komt, of controleer een beleidsbestand.</translation>
        </message>
        <message>
            <source>.TP
.B doctor
Which idle, full-screen and meeting detectors work on this desktop.</source>
            <comment>block 25</comment>
            <translation>.TP
.B doctor
Welke detectoren voor inactiviteit, volledig scherm en vergaderingen op dit bureaublad werken.</translation>
        </message>
        <message>
            <source>.TP
.B safety
When to get help: the signs that need emergency care now, a clinician soon, or stopping the
exercise. General movement guidance, not medical advice.</source>
            <comment>block 26</comment>
            <translation>.TP
.B safety
Wanneer hulp zoeken: de signalen waarbij je nu spoedhulp nodig hebt, binnenkort een zorgverlener, of moet stoppen met de oefening. Algemene adviezen over bewegen, geen medisch advies.</translation>
        </message>
        <message>
            <source>.SH EXIT STATUS
0 done; 1 DeskCoach is not running, or something failed; 2 refused (a bad value, an action
the current state, settings or policy do not allow, an invalid file).</source>
            <comment>block 27</comment>
            <translation>.SH EXIT STATUS
0 klaar; 1 DeskCoach draait niet, of er ging iets mis; 2 geweigerd (een foute waarde, een actie die de huidige toestand, de instellingen of het beleid niet toestaan, een ongeldig bestand).</translation>
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
De instellingen van de gebruiker.</translation>
        </message>
        <message>
            <source>.TP
.I ~/.local/share/DeskCoach/history.sqlite3
Break history, kept on this computer only.</source>
            <comment>block 30</comment>
            <translation>.TP
.I ~/.local/share/DeskCoach/history.sqlite3
Pauzegeschiedenis, alleen op deze computer bewaard.</translation>
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
Beleid van de organisatie: verplichte en aanbevolen instellingen, limieten en machinestandaarden; ook elk
.I *.json
bestand in
.I /etc/deskcoach/managed/
en
.IR /etc/deskcoach/recommended/ .
Deze bestanden zijn van de beheerder: het pakket installeert of verwijdert ze niet.</translation>
        </message>
        <message>
            <source>.TP
.I /usr/share/doc/deskcoach/example-policy.json
An example policy to start from, with its JSON Schema,
.IR policy.schema.json .</source>
            <comment>block 32</comment>
            <translation>.TP
.I /usr/share/doc/deskcoach/example-policy.json
Een voorbeeldbeleid om mee te beginnen, met het JSON-schema,
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
Start DeskCoach bij het aanmelden van elke gebruiker. Als je "Starten bij aanmelden" uitzet in de instellingen van DeskCoach, schrijft het
.I ~/.config/autostart/io.github.deskcoach.DeskCoach.desktop
met
.BR Hidden=true ,
waardoor dit voor die gebruiker vervalt.</translation>
        </message>
        <message>
            <source>.SH SEE ALSO
The administrator's guide and the policy schema in DeskCoach's source,
.IR packaging/ .</source>
            <comment>block 34</comment>
            <translation>.SH SEE ALSO
De beheerdershandleiding en het beleidsschema in de broncode van DeskCoach,
.IR packaging/ .</translation>
        </message>
    </context>
    <context>
        <name>man-heading</name>
        <message>
            <source>NAME</source>
            <comment>man page section heading (capitals): NAME</comment>
            <translation>NAAM</translation>
        </message>
        <message>
            <source>SYNOPSIS</source>
            <comment>man page section heading (capitals): SYNOPSIS</comment>
            <translation>SAMENVATTING</translation>
        </message>
        <message>
            <source>DESCRIPTION</source>
            <comment>man page section heading (capitals): DESCRIPTION</comment>
            <translation>BESCHRIJVING</translation>
        </message>
        <message>
            <source>OPTIONS</source>
            <comment>man page section heading (capitals): OPTIONS</comment>
            <translation>OPTIES</translation>
        </message>
        <message>
            <source>COMMANDS</source>
            <comment>man page section heading (capitals): COMMANDS</comment>
            <translation>OPDRACHTEN</translation>
        </message>
        <message>
            <source>EXIT STATUS</source>
            <comment>man page section heading (capitals): EXIT STATUS</comment>
            <translation>AFSLUITSTATUS</translation>
        </message>
        <message>
            <source>FILES</source>
            <comment>man page section heading (capitals): FILES</comment>
            <translation>BESTANDEN</translation>
        </message>
        <message>
            <source>SEE ALSO</source>
            <comment>man page section heading (capitals): SEE ALSO</comment>
            <translation>ZIE OOK</translation>
        </message>
    </context>
</TS>
