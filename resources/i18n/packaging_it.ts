<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>desktop</name>
        <message>
            <source>Break Reminder</source>
            <comment>GenericName</comment>
            <translation>Promemoria pause</translation>
        </message>
        <message>
            <source>Reminds you to take short movement breaks at your desk</source>
            <comment>Comment</comment>
            <translation>Ti ricorda di fare brevi pause attive alla scrivania</translation>
        </message>
        <message>
            <source>break;pause;ergonomics;posture;stretch;exercise;movement;health;RSI;timer;</source>
            <comment>Keywords</comment>
            <translation>pausa;pausa attiva;ergonomia;postura;allungamento;esercizio;movimento;salute;timer;break;stretch;RSI;</translation>
        </message>
    </context>
    <context>
        <name>appstream</name>
        <message>
            <source>Calm reminders to take short movement breaks</source>
            <comment>summary</comment>
            <translation>Promemoria tranquilli per fare brevi pause attive</translation>
        </message>
        <message>
            <source>DeskCoach is a calm system-tray coach for people who sit at a screen all day. It runs a work timer and, when a break is due, guides a short movement break on screen, without taking the keyboard focus.</source>
            <comment>description/p[1]</comment>
            <translation>DeskCoach è un coach tranquillo nell'area di notifica per chi passa tutto il giorno seduto davanti a uno schermo. Gestisce un timer di lavoro e, quando è il momento di una pausa, guida una breve pausa attiva sullo schermo, senza prendere il focus della tastiera.</translation>
        </message>
        <message>
            <source>Short movement breaks and stretches with illustrated steps; body regions rotate through the day</source>
            <comment>description/li[3]</comment>
            <translation>Brevi pause attive e allungamenti con passaggi illustrati; le zone del corpo si alternano nel corso della giornata</translation>
        </message>
        <message>
            <source>Waits while you keep typing, and counts time away from the computer as a natural break</source>
            <comment>description/li[4]</comment>
            <translation>Aspetta mentre continui a scrivere, e conta il tempo lontano dal computer come una pausa naturale</translation>
        </message>
        <message>
            <source>A workstation checklist with a report you can export</source>
            <comment>description/li[5]</comment>
            <translation>Una lista di controllo della postazione con un rapporto esportabile</translation>
        </message>
        <message>
            <source>Progress charts, kept on your computer only: nothing is ever sent anywhere</source>
            <comment>description/li[6]</comment>
            <translation>Grafici dei progressi salvati solo sul tuo computer: niente viene mai inviato da nessuna parte</translation>
        </message>
        <message>
            <source>Organisation policy for fleets: locked settings and limits in /etc/deskcoach</source>
            <comment>description/li[7]</comment>
            <translation>Criteri dell'organizzazione per i parchi macchine: impostazioni bloccate e limiti in /etc/deskcoach</translation>
        </message>
        <message>
            <source>DeskCoach gives general movement guidance, not medical advice.</source>
            <comment>description/p[8]</comment>
            <translation>DeskCoach offre indicazioni generali sul movimento, non consigli medici.</translation>
        </message>
    </context>
    <context>
        <name>adml</name>
        <message>
            <source>Movement-break reminders. Policies here are mandatory: users cannot change them. DeskCoach has no network code and reports nothing to the organisation.</source>
            <comment>DeskCoach_Help</comment>
            <translation>Promemoria per le pause attive. I criteri qui sono obbligatori: gli utenti non possono modificarli. DeskCoach non contiene codice di rete e non comunica nulla all'organizzazione.</translation>
        </message>
        <message>
            <source>Timing</source>
            <comment>Cat_Timing</comment>
            <translation>Tempi</translation>
        </message>
        <message>
            <source>Putting breaks off</source>
            <comment>Cat_Putting_breaks_off</comment>
            <translation>Rimandare le pause</translation>
        </message>
        <message>
            <source>Sound</source>
            <comment>Cat_Sound</comment>
            <translation>Suono</translation>
        </message>
        <message>
            <source>Exercises</source>
            <comment>Cat_Exercises</comment>
            <translation>Esercizi</translation>
        </message>
        <message>
            <source>Smart timing</source>
            <comment>Cat_Smart_timing</comment>
            <translation>Tempismo intelligente</translation>
        </message>
        <message>
            <source>Workstation check</source>
            <comment>Cat_Workstation_check</comment>
            <translation>Verifica della postazione</translation>
        </message>
        <message>
            <source>Progress</source>
            <comment>Cat_Progress</comment>
            <translation>Progressi</translation>
        </message>
        <message>
            <source>Eye breaks</source>
            <comment>Cat_Eye_breaks</comment>
            <translation>Pause per gli occhi</translation>
        </message>
        <message>
            <source>Daily routines</source>
            <comment>Cat_Daily_routines</comment>
            <translation>Routine quotidiane</translation>
        </message>
        <message>
            <source>Break window</source>
            <comment>Cat_Break_window</comment>
            <translation>Finestra della pausa</translation>
        </message>
        <message>
            <source>Appearance</source>
            <comment>Cat_Appearance</comment>
            <translation>Aspetto</translation>
        </message>
        <message>
            <source>Limits (users may only make these stricter)</source>
            <comment>Cat_Limits</comment>
            <translation>Limiti (gli utenti possono solo renderli più rigorosi)</translation>
        </message>
        <message>
            <source>Features</source>
            <comment>Cat_Features</comment>
            <translation>Funzioni</translation>
        </message>
        <message>
            <source>Recommended (users may change these)</source>
            <comment>Cat_Recommended</comment>
            <translation>Consigliati (gli utenti possono modificarli)</translation>
        </message>
        <message>
            <source>Work interval</source>
            <comment>work_minutes</comment>
            <translation>Intervallo di lavoro</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-120 minutes. Built-in default: 40.

Registry: Software\Policies\DeskCoach, value work_minutes (REG_DWORD).</source>
            <comment>work_minutes_Help</comment>
            <translation>Minuti di lavoro tra una pausa e l'altra; si consigliano 30-45.

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: 5-120 minuti. Valore predefinito integrato: 40.

Registro: Software\Policies\DeskCoach, valore work_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length</source>
            <comment>break_seconds</comment>
            <translation>Durata della pausa</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 30-600 seconds. Built-in default: 120.

Registry: Software\Policies\DeskCoach, value break_seconds (REG_DWORD).</source>
            <comment>break_seconds_Help</comment>
            <translation>Quanto dura ogni pausa attiva.

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: 30-600 secondi. Valore predefinito integrato: 120.

Registro: Software\Policies\DeskCoach, valore break_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Notice before a break</source>
            <comment>notice_seconds</comment>
            <translation>Preavviso prima di una pausa</translation>
        </message>
        <message>
            <source>How early the tray warns that a break is coming (0 = no notice).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-300 seconds. Built-in default: 60.

Registry: Software\Policies\DeskCoach, value notice_seconds (REG_DWORD).</source>
            <comment>notice_seconds_Help</comment>
            <translation>Con quanto anticipo l'icona nell'area di notifica avvisa che sta arrivando una pausa (0 = nessun preavviso).

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: 0-300 secondi. Valore predefinito integrato: 60.

Registro: Software\Policies\DeskCoach, valore notice_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length</source>
            <comment>snooze_minutes</comment>
            <translation>Durata del rinvio</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach, value snooze_minutes (REG_DWORD).</source>
            <comment>snooze_minutes_Help</comment>
            <translation>Di quanto «Più tardi» rimanda una pausa.

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: 1-30 minuti. Valore predefinito integrato: 5.

Registro: Software\Policies\DeskCoach, valore snooze_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break</source>
            <comment>snoozes_per_break</comment>
            <translation>Rinvii per pausa</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-5. Built-in default: 2.

Registry: Software\Policies\DeskCoach, value snoozes_per_break (REG_DWORD).</source>
            <comment>snoozes_per_break_Help</comment>
            <translation>Quante volte si può rimandare una pausa.

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: 0-5. Valore predefinito integrato: 2.

Registro: Software\Policies\DeskCoach, valore snoozes_per_break (REG_DWORD).</translation>
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
            <translation>Illimitate</translation>
        </message>
        <message>
            <source>Skips per day</source>
            <comment>daily_skip_budget</comment>
            <translation>Pause saltabili al giorno</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-20, or -1 for unlimited. Built-in default: 3.

Registry: Software\Policies\DeskCoach, value daily_skip_budget (REG_DWORD).

The list offers 0-20 and unlimited (-1), stored as 4294967295.</source>
            <comment>daily_skip_budget_Help</comment>
            <translation>Quante pause si possono saltare ogni giorno.

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: 0-20, o -1 per illimitate. Valore predefinito integrato: 3.

Registro: Software\Policies\DeskCoach, valore daily_skip_budget (REG_DWORD).

L'elenco offre 0-20 e illimitate (-1), salvato come 4294967295.</translation>
        </message>
        <message>
            <source>Strict mode</source>
            <comment>strict_mode</comment>
            <translation>Modalità rigorosa</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value strict_mode (REG_DWORD).</source>
            <comment>strict_mode_Help</comment>
            <translation>Le pause non si possono saltare né rimandare.

Attivato: attivo (bloccato).
Disattivato: disattivo (bloccato).
Non configurato: vale la scelta dell'utente.

Consentito: attivo o disattivo. Valore predefinito integrato: disattivo.

Registro: Software\Policies\DeskCoach, valore strict_mode (REG_DWORD).</translation>
        </message>
        <message>
            <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value sound (REG_DWORD).</source>
            <comment>sound_Help</comment>
            <translation>Riproduci un suono leggero all'inizio e alla fine di una pausa (mai mentre una riunione trattiene le pause).

Attivato: attivo (bloccato).
Disattivato: disattivo (bloccato).
Non configurato: vale la scelta dell'utente.

Consentito: attivo o disattivo. Valore predefinito integrato: attivo.

Registro: Software\Policies\DeskCoach, valore sound (REG_DWORD).</translation>
        </message>
        <message>
            <source>Start at login</source>
            <comment>start_at_login</comment>
            <translation>Avvia all'accesso</translation>
        </message>
        <message>
            <source>Start DeskCoach when you log in.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value start_at_login (REG_DWORD).</source>
            <comment>start_at_login_Help</comment>
            <translation>Avvia DeskCoach quando accedi.

Attivato: attivo (bloccato).
Disattivato: disattivo (bloccato).
Non configurato: vale la scelta dell'utente.

Consentito: attivo o disattivo. Valore predefinito integrato: attivo.

Registro: Software\Policies\DeskCoach, valore start_at_login (REG_DWORD).</translation>
        </message>
        <message>
            <source>Reduced motion</source>
            <comment>reduced_motion</comment>
            <translation>Movimento ridotto</translation>
        </message>
        <message>
            <source>Show still key poses instead of animations.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value reduced_motion (REG_DWORD).</source>
            <comment>reduced_motion_Help</comment>
            <translation>Mostra pose chiave fisse invece delle animazioni.

Attivato: attivo (bloccato).
Disattivato: disattivo (bloccato).
Non configurato: vale la scelta dell'utente.

Consentito: attivo o disattivo. Valore predefinito integrato: disattivo.

Registro: Software\Policies\DeskCoach, valore reduced_motion (REG_DWORD).</translation>
        </message>
        <message>
            <source>Seated only</source>
            <comment>seated_only</comment>
            <translation>Solo da seduti</translation>
        </message>
        <message>
            <source>Only suggest exercises that can be done sitting down.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value seated_only (REG_DWORD).</source>
            <comment>seated_only_Help</comment>
            <translation>Suggerisci solo esercizi che si possono fare da seduti.

Attivato: attivo (bloccato).
Disattivato: disattivo (bloccato).
Non configurato: vale la scelta dell'utente.

Consentito: attivo o disattivo. Valore predefinito integrato: disattivo.

Registro: Software\Policies\DeskCoach, valore seated_only (REG_DWORD).</translation>
        </message>
        <message>
            <source>any</source>
            <comment>spine_preference_any</comment>
            <translation>Entrambi (any)</translation>
        </message>
        <message>
            <source>extension</source>
            <comment>spine_preference_extension</comment>
            <translation>Piegamenti all'indietro (extension)</translation>
        </message>
        <message>
            <source>flexion</source>
            <comment>spine_preference_flexion</comment>
            <translation>Piegamenti in avanti (flexion)</translation>
        </message>
        <message>
            <source>Back movements</source>
            <comment>spine_preference</comment>
            <translation>Movimenti della schiena</translation>
        </message>
        <message>
            <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: any | extension | flexion. Built-in default: any.

Registry: Software\Policies\DeskCoach, value spine_preference (REG_SZ).</source>
            <comment>spine_preference_Help</comment>
            <translation>Escludi i piegamenti in avanti (flessione) o all'indietro (estensione) se uno dei due non ti fa stare bene.

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: any | extension | flexion. Valore predefinito integrato: any.

Registro: Software\Policies\DeskCoach, valore spine_preference (REG_SZ).</translation>
        </message>
        <message>
            <source>Regions to leave out</source>
            <comment>avoid_regions</comment>
            <translation>Zone da escludere</translation>
        </message>
        <message>
            <source>Body regions DeskCoach should not suggest exercises for.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: a list of up to 64 of: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach, value avoid_regions (REG_MULTI_SZ).</source>
            <comment>avoid_regions_Help</comment>
            <translation>Zone del corpo per cui DeskCoach non deve suggerire esercizi.

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: un elenco di massimo 64 tra: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (uno per riga). Valore predefinito integrato: (nessuno).

Registro: Software\Policies\DeskCoach, valore avoid_regions (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Exercises to leave out</source>
            <comment>avoid_exercises</comment>
            <translation>Esercizi da escludere</translation>
        </message>
        <message>
            <source>Exercises DeskCoach should never suggest.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: a list of up to 64 of: exercise ids (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach, value avoid_exercises (REG_MULTI_SZ).</source>
            <comment>avoid_exercises_Help</comment>
            <translation>Esercizi che DeskCoach non deve mai suggerire.

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: un elenco di massimo 64 tra: ID degli esercizi (uno per riga). Valore predefinito integrato: (nessuno).

Registro: Software\Policies\DeskCoach, valore avoid_exercises (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Away after</source>
            <comment>idle_minutes</comment>
            <translation>Assente dopo</translation>
        </message>
        <message>
            <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break's length counts as a natural break.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach, value idle_minutes (REG_DWORD).</source>
            <comment>idle_minutes_Help</comment>
            <translation>Minuti senza tastiera o mouse dopo i quali il timer di lavoro si ferma; tornare dopo almeno la durata di una pausa conta come pausa naturale.

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: 1-30 minuti. Valore predefinito integrato: 5.

Registro: Software\Policies\DeskCoach, valore idle_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for full-screen apps</source>
            <comment>defer_fullscreen</comment>
            <translation>Aspetta le app a schermo intero</translation>
        </message>
        <message>
            <source>Hold a break while a full-screen app or presentation is in front.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value defer_fullscreen (REG_DWORD).</source>
            <comment>defer_fullscreen_Help</comment>
            <translation>Trattieni una pausa mentre un'app a schermo intero o una presentazione è in primo piano.

Attivato: attivo (bloccato).
Disattivato: disattivo (bloccato).
Non configurato: vale la scelta dell'utente.

Consentito: attivo o disattivo. Valore predefinito integrato: attivo.

Registro: Software\Policies\DeskCoach, valore defer_fullscreen (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for meetings</source>
            <comment>defer_meetings</comment>
            <translation>Aspetta le riunioni</translation>
        </message>
        <message>
            <source>Hold a break while another app uses the camera or microphone.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value defer_meetings (REG_DWORD).</source>
            <comment>defer_meetings_Help</comment>
            <translation>Trattieni una pausa mentre un'altra app usa la fotocamera o il microfono.

Attivato: attivo (bloccato).
Disattivato: disattivo (bloccato).
Non configurato: vale la scelta dell'utente.

Consentito: attivo o disattivo. Valore predefinito integrato: attivo.

Registro: Software\Policies\DeskCoach, valore defer_meetings (REG_DWORD).</translation>
        </message>
        <message>
            <source>Longest wait</source>
            <comment>max_defer_minutes</comment>
            <translation>Attesa massima</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-240 minutes. Built-in default: 60.

Registry: Software\Policies\DeskCoach, value max_defer_minutes (REG_DWORD).</source>
            <comment>max_defer_minutes_Help</comment>
            <translation>Dopo questo tempo una pausa trattenuta dà un leggero promemoria.

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: 5-240 minuti. Valore predefinito integrato: 60.

Registro: Software\Policies\DeskCoach, valore max_defer_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Working hours</source>
            <comment>working_hours</comment>
            <translation>Orario di lavoro</translation>
        </message>
        <message>
            <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always. Built-in default: (empty).

Registry: Software\Policies\DeskCoach, value working_hours (REG_SZ).</source>
            <comment>working_hours_Help</comment>
            <translation>es. mon-fri 08:30-12:30,13:30-17:30; vuoto significa sempre.

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: es. mon-fri 08:30-12:30,13:30-17:30; vuoto significa sempre. Valore predefinito integrato: (vuoto).

Registro: Software\Policies\DeskCoach, valore working_hours (REG_SZ).</translation>
        </message>
        <message>
            <source>Checklist reminders</source>
            <comment>checklist_reminders</comment>
            <translation>Promemoria della lista di controllo</translation>
        </message>
        <message>
            <source>Remind me of open workstation actions and when a fresh check is due.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value checklist_reminders (REG_DWORD).</source>
            <comment>checklist_reminders_Help</comment>
            <translation>Ricordami le azioni aperte per la postazione e quando è il momento di una nuova verifica.

Attivato: attivo (bloccato).
Disattivato: disattivo (bloccato).
Non configurato: vale la scelta dell'utente.

Consentito: attivo o disattivo. Valore predefinito integrato: attivo.

Registro: Software\Policies\DeskCoach, valore checklist_reminders (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after</source>
            <comment>reassess_months</comment>
            <translation>Nuova verifica dopo</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-24 months. Built-in default: 6.

Registry: Software\Policies\DeskCoach, value reassess_months (REG_DWORD).</source>
            <comment>reassess_months_Help</comment>
            <translation>Mesi dopo una verifica della postazione prima che DeskCoach ne suggerisca una nuova.

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: 1-24 mesi. Valore predefinito integrato: 6.

Registro: Software\Policies\DeskCoach, valore reassess_months (REG_DWORD).</translation>
        </message>
        <message>
            <source>Streak goal</source>
            <comment>goal_percent</comment>
            <translation>Obiettivo della serie</translation>
        </message>
        <message>
            <source>The share of the day's due breaks to take for the day to join your streak on the progress dashboard.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 10-100 %. Built-in default: 80.

Registry: Software\Policies\DeskCoach, value goal_percent (REG_DWORD).</source>
            <comment>goal_percent_Help</comment>
            <translation>La quota delle pause previste del giorno da fare perché il giorno entri nella tua serie nella panoramica dei progressi.

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: 10-100 %. Valore predefinito integrato: 80.

Registro: Software\Policies\DeskCoach, valore goal_percent (REG_DWORD).</translation>
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
            <translation>Disattivato</translation>
        </message>
        <message>
            <source>Eye breaks every</source>
            <comment>eye_break_minutes</comment>
            <translation>Pause per gli occhi ogni</translation>
        </message>
        <message>
            <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-60 minutes, or 0 for off. Built-in default: 20.

Registry: Software\Policies\DeskCoach, value eye_break_minutes (REG_DWORD).

The list offers 5-60 and off (0), stored as 0.</source>
            <comment>eye_break_minutes_Help</comment>
            <translation>Un invito di 20 secondi a guardare lontano, tra una pausa attiva e l'altra (0 = disattivato).

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: 5-60 minuti, o 0 per disattivare. Valore predefinito integrato: 20.

Registro: Software\Policies\DeskCoach, valore eye_break_minutes (REG_DWORD).

L'elenco offre 5-60 e disattivato (0), salvato come 0.</translation>
        </message>
        <message>
            <source>Daily anchors</source>
            <comment>daily_anchors</comment>
            <translation>Ancore quotidiane</translation>
        </message>
        <message>
            <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none. Built-in default: (empty).

Registry: Software\Policies\DeskCoach, value daily_anchors (REG_SZ).</source>
            <comment>daily_anchors_Help</comment>
            <translation>Routine facoltative di cinque minuti in momenti che rispetti comunque, es. caffè 08:30, pranzo 12:30, fine giornata 17:15; vuoto significa nessuna.

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: Routine facoltative di cinque minuti in momenti che rispetti comunque, es. caffè 08:30, pranzo 12:30, fine giornata 17:15; vuoto significa nessuna. Valore predefinito integrato: (vuoto).

Registro: Software\Policies\DeskCoach, valore daily_anchors (REG_SZ).</translation>
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
            <translation>Quanto sono forti i suoni delle pause.

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: 0-100 %. Valore predefinito integrato: 60.

Registro: Software\Policies\DeskCoach, valore sound_volume (REG_DWORD).</translation>
        </message>
        <message>
            <source>chime</source>
            <comment>sound_cue_chime</comment>
            <translation>Carillon (chime)</translation>
        </message>
        <message>
            <source>bell</source>
            <comment>sound_cue_bell</comment>
            <translation>Campana (bell)</translation>
        </message>
        <message>
            <source>soft</source>
            <comment>sound_cue_soft</comment>
            <translation>Morbido (soft)</translation>
        </message>
        <message>
            <source>Cue</source>
            <comment>sound_cue</comment>
            <translation>Suono</translation>
        </message>
        <message>
            <source>Which of DeskCoach's sounds the cues use.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: chime | bell | soft. Built-in default: chime.

Registry: Software\Policies\DeskCoach, value sound_cue (REG_SZ).</source>
            <comment>sound_cue_Help</comment>
            <translation>Quale suono di DeskCoach usare.

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: chime | bell | soft. Valore predefinito integrato: chime.

Registro: Software\Policies\DeskCoach, valore sound_cue (REG_SZ).</translation>
        </message>
        <message>
            <source>pointer</source>
            <comment>break_screens_pointer</comment>
            <translation>Schermo del puntatore (pointer)</translation>
        </message>
        <message>
            <source>primary</source>
            <comment>break_screens_primary</comment>
            <translation>Schermo principale (primary)</translation>
        </message>
        <message>
            <source>all</source>
            <comment>break_screens_all</comment>
            <translation>Tutti gli schermi (all)</translation>
        </message>
        <message>
            <source>Break window on</source>
            <comment>break_screens</comment>
            <translation>Finestra della pausa su</translation>
        </message>
        <message>
            <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer's screen and a calm dimmed panel on the others (it never blocks input).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: pointer | primary | all. Built-in default: pointer.

Registry: Software\Policies\DeskCoach, value break_screens (REG_SZ).</source>
            <comment>break_screens_Help</comment>
            <translation>pointer: lo schermo con il puntatore del mouse; primary: lo schermo principale; all: la pausa sullo schermo del puntatore e un pannello scuro e tranquillo sugli altri (non blocca mai l'input).

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: pointer | primary | all. Valore predefinito integrato: pointer.

Registro: Software\Policies\DeskCoach, valore break_screens (REG_SZ).</translation>
        </message>
        <message>
            <source>system</source>
            <comment>theme_system</comment>
            <translation>Come il desktop (system)</translation>
        </message>
        <message>
            <source>light</source>
            <comment>theme_light</comment>
            <translation>Chiaro (light)</translation>
        </message>
        <message>
            <source>dark</source>
            <comment>theme_dark</comment>
            <translation>Scuro (dark)</translation>
        </message>
        <message>
            <source>Colours</source>
            <comment>theme</comment>
            <translation>Colori</translation>
        </message>
        <message>
            <source>Light or dark windows; system follows your desktop's colour scheme.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: system | light | dark. Built-in default: system.

Registry: Software\Policies\DeskCoach, value theme (REG_SZ).</source>
            <comment>theme_Help</comment>
            <translation>Finestre chiare o scure; system segue lo schema colori del tuo desktop.

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: system | light | dark. Valore predefinito integrato: system.

Registro: Software\Policies\DeskCoach, valore theme (REG_SZ).</translation>
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
            <translation>Lingua</translation>
        </message>
        <message>
            <source>The language of DeskCoach's menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Built-in default: system.

Registry: Software\Policies\DeskCoach, value language (REG_SZ).</source>
            <comment>language_Help</comment>
            <translation>La lingua di menu, esercizi e messaggi di DeskCoach; system segue il tuo desktop. Vale subito; le finestre già aperte cambiano quando le riapri.

Attivato: il valore è bloccato; la finestra delle impostazioni lo mostra in grigio con «Impostato dalla tua organizzazione» e `deskcoach config set` rifiuta di modificarlo.
Non configurato: vale la scelta dell'utente.

Consentito: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Valore predefinito integrato: system.

Registro: Software\Policies\DeskCoach, valore language (REG_SZ).</translation>
        </message>
        <message>
            <source>Work interval: upper limit</source>
            <comment>Limit_work_minutes_max</comment>
            <translation>Intervallo di lavoro: limite massimo</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 5-120 minutes.

Registry: Software\Policies\DeskCoach, value work_minutes.max (REG_DWORD).</source>
            <comment>Limit_work_minutes_max_Help</comment>
            <translation>Minuti di lavoro tra una pausa e l'altra; si consigliano 30-45.

Attivato: gli utenti possono scegliere al massimo questo valore; un'impostazione oltre viene riportata a esso. I limiti rendono le impostazioni solo più rigorose; se più fonti ne fissano uno, vale il più rigoroso.
Non configurato: è consentito l'intero intervallo.

Consentito: 5-120 minuti.

Registro: Software\Policies\DeskCoach, valore work_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length: lower limit</source>
            <comment>Limit_break_seconds_min</comment>
            <translation>Durata della pausa: limite minimo</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: users may only choose at least this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 30-600 seconds.

Registry: Software\Policies\DeskCoach, value break_seconds.min (REG_DWORD).</source>
            <comment>Limit_break_seconds_min_Help</comment>
            <translation>Quanto dura ogni pausa attiva.

Attivato: gli utenti possono scegliere solo almeno questo valore; un'impostazione oltre viene riportata a esso. I limiti rendono le impostazioni solo più rigorose; se più fonti ne fissano uno, vale il più rigoroso.
Non configurato: è consentito l'intero intervallo.

Consentito: 30-600 secondi.

Registro: Software\Policies\DeskCoach, valore break_seconds.min (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length: upper limit</source>
            <comment>Limit_snooze_minutes_max</comment>
            <translation>Durata del rinvio: limite massimo</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 1-30 minutes.

Registry: Software\Policies\DeskCoach, value snooze_minutes.max (REG_DWORD).</source>
            <comment>Limit_snooze_minutes_max_Help</comment>
            <translation>Di quanto «Più tardi» rimanda una pausa.

Attivato: gli utenti possono scegliere al massimo questo valore; un'impostazione oltre viene riportata a esso. I limiti rendono le impostazioni solo più rigorose; se più fonti ne fissano uno, vale il più rigoroso.
Non configurato: è consentito l'intero intervallo.

Consentito: 1-30 minuti.

Registro: Software\Policies\DeskCoach, valore snooze_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break: upper limit</source>
            <comment>Limit_snoozes_per_break_max</comment>
            <translation>Rinvii per pausa: limite massimo</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 0-5.

Registry: Software\Policies\DeskCoach, value snoozes_per_break.max (REG_DWORD).</source>
            <comment>Limit_snoozes_per_break_max_Help</comment>
            <translation>Quante volte si può rimandare una pausa.

Attivato: gli utenti possono scegliere al massimo questo valore; un'impostazione oltre viene riportata a esso. I limiti rendono le impostazioni solo più rigorose; se più fonti ne fissano uno, vale il più rigoroso.
Non configurato: è consentito l'intero intervallo.

Consentito: 0-5.

Registro: Software\Policies\DeskCoach, valore snoozes_per_break.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Skips per day: upper limit</source>
            <comment>Limit_daily_skip_budget_max</comment>
            <translation>Pause saltabili al giorno: limite massimo</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 0-20.

Registry: Software\Policies\DeskCoach, value daily_skip_budget.max (REG_DWORD).</source>
            <comment>Limit_daily_skip_budget_max_Help</comment>
            <translation>Quante pause si possono saltare ogni giorno.

Attivato: gli utenti possono scegliere al massimo questo valore; un'impostazione oltre viene riportata a esso. I limiti rendono le impostazioni solo più rigorose; se più fonti ne fissano uno, vale il più rigoroso.
Non configurato: è consentito l'intero intervallo.

Consentito: 0-20.

Registro: Software\Policies\DeskCoach, valore daily_skip_budget.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Longest wait: upper limit</source>
            <comment>Limit_max_defer_minutes_max</comment>
            <translation>Attesa massima: limite massimo</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 5-240 minutes.

Registry: Software\Policies\DeskCoach, value max_defer_minutes.max (REG_DWORD).</source>
            <comment>Limit_max_defer_minutes_max_Help</comment>
            <translation>Dopo questo tempo una pausa trattenuta dà un leggero promemoria.

Attivato: gli utenti possono scegliere al massimo questo valore; un'impostazione oltre viene riportata a esso. I limiti rendono le impostazioni solo più rigorose; se più fonti ne fissano uno, vale il più rigoroso.
Non configurato: è consentito l'intero intervallo.

Consentito: 5-240 minuti.

Registro: Software\Policies\DeskCoach, valore max_defer_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after: upper limit</source>
            <comment>Limit_reassess_months_max</comment>
            <translation>Nuova verifica dopo: limite massimo</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 1-24 months.

Registry: Software\Policies\DeskCoach, value reassess_months.max (REG_DWORD).</source>
            <comment>Limit_reassess_months_max_Help</comment>
            <translation>Mesi dopo una verifica della postazione prima che DeskCoach ne suggerisca una nuova.

Attivato: gli utenti possono scegliere al massimo questo valore; un'impostazione oltre viene riportata a esso. I limiti rendono le impostazioni solo più rigorose; se più fonti ne fissano uno, vale il più rigoroso.
Non configurato: è consentito l'intero intervallo.

Consentito: 1-24 mesi.

Registro: Software\Policies\DeskCoach, valore reassess_months.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Strict mode: required</source>
            <comment>Limit_strict_mode_required</comment>
            <translation>Modalità rigorosa: obbligatoria</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: strict mode must be on; users cannot switch it off.
Disabled or Not configured: no requirement.

Registry: Software\Policies\DeskCoach, value strict_mode.required (REG_DWORD).</source>
            <comment>Limit_strict_mode_required_Help</comment>
            <translation>Le pause non si possono saltare né rimandare.

Attivato: la modalità rigorosa deve essere attiva; gli utenti non possono disattivarla.
Disattivato o Non configurato: nessun obbligo.

Registro: Software\Policies\DeskCoach, valore strict_mode.required (REG_DWORD).</translation>
        </message>
        <message>
            <source>Exporting statistics</source>
            <comment>Feature_statistics_export</comment>
            <translation>Esportazione delle statistiche</translation>
        </message>
        <message>
            <source>Exporting statistics (deskcoach stats --format csv/json, export).

Enabled: the feature is available.
Disabled: it is switched off for the user.
Not configured: available.

Registry: Software\Policies\DeskCoach, value statistics_export (REG_DWORD).</source>
            <comment>Feature_statistics_export_Help</comment>
            <translation>Esportazione delle statistiche (deskcoach stats --format csv/json, export).

Attivato: la funzione è disponibile.
Disattivato: è disattivata per l'utente.
Non configurato: disponibile.

Registro: Software\Policies\DeskCoach, valore statistics_export (REG_DWORD).</translation>
        </message>
        <message>
            <source>Work interval (recommended)</source>
            <comment>Recommended_work_minutes</comment>
            <translation>Intervallo di lavoro (consigliato)</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-120 minutes. Built-in default: 40.

Registry: Software\Policies\DeskCoach\Recommended, value work_minutes (REG_DWORD).</source>
            <comment>Recommended_work_minutes_Help</comment>
            <translation>Minuti di lavoro tra una pausa e l'altra; si consigliano 30-45.

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: 5-120 minuti. Valore predefinito integrato: 40.

Registro: Software\Policies\DeskCoach\Recommended, valore work_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length (recommended)</source>
            <comment>Recommended_break_seconds</comment>
            <translation>Durata della pausa (consigliato)</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 30-600 seconds. Built-in default: 120.

Registry: Software\Policies\DeskCoach\Recommended, value break_seconds (REG_DWORD).</source>
            <comment>Recommended_break_seconds_Help</comment>
            <translation>Quanto dura ogni pausa attiva.

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: 30-600 secondi. Valore predefinito integrato: 120.

Registro: Software\Policies\DeskCoach\Recommended, valore break_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Notice before a break (recommended)</source>
            <comment>Recommended_notice_seconds</comment>
            <translation>Preavviso prima di una pausa (consigliato)</translation>
        </message>
        <message>
            <source>How early the tray warns that a break is coming (0 = no notice).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-300 seconds. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value notice_seconds (REG_DWORD).</source>
            <comment>Recommended_notice_seconds_Help</comment>
            <translation>Con quanto anticipo l'icona nell'area di notifica avvisa che sta arrivando una pausa (0 = nessun preavviso).

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: 0-300 secondi. Valore predefinito integrato: 60.

Registro: Software\Policies\DeskCoach\Recommended, valore notice_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length (recommended)</source>
            <comment>Recommended_snooze_minutes</comment>
            <translation>Durata del rinvio (consigliato)</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach\Recommended, value snooze_minutes (REG_DWORD).</source>
            <comment>Recommended_snooze_minutes_Help</comment>
            <translation>Di quanto «Più tardi» rimanda una pausa.

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: 1-30 minuti. Valore predefinito integrato: 5.

Registro: Software\Policies\DeskCoach\Recommended, valore snooze_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break (recommended)</source>
            <comment>Recommended_snoozes_per_break</comment>
            <translation>Rinvii per pausa (consigliato)</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-5. Built-in default: 2.

Registry: Software\Policies\DeskCoach\Recommended, value snoozes_per_break (REG_DWORD).</source>
            <comment>Recommended_snoozes_per_break_Help</comment>
            <translation>Quante volte si può rimandare una pausa.

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: 0-5. Valore predefinito integrato: 2.

Registro: Software\Policies\DeskCoach\Recommended, valore snoozes_per_break (REG_DWORD).</translation>
        </message>
        <message>
            <source>Skips per day (recommended)</source>
            <comment>Recommended_daily_skip_budget</comment>
            <translation>Pause saltabili al giorno (consigliato)</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-20, or -1 for unlimited. Built-in default: 3.

Registry: Software\Policies\DeskCoach\Recommended, value daily_skip_budget (REG_DWORD).

The list offers 0-20 and unlimited (-1), stored as 4294967295.</source>
            <comment>Recommended_daily_skip_budget_Help</comment>
            <translation>Quante pause si possono saltare ogni giorno.

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: 0-20, o -1 per illimitate. Valore predefinito integrato: 3.

Registro: Software\Policies\DeskCoach\Recommended, valore daily_skip_budget (REG_DWORD).

L'elenco offre 0-20 e illimitate (-1), salvato come 4294967295.</translation>
        </message>
        <message>
            <source>Strict mode (recommended)</source>
            <comment>Recommended_strict_mode</comment>
            <translation>Modalità rigorosa (consigliato)</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value strict_mode (REG_DWORD).</source>
            <comment>Recommended_strict_mode_Help</comment>
            <translation>Le pause non si possono saltare né rimandare.

Attivato: attivo.
Disattivato: disattivo.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: attivo o disattivo. Valore predefinito integrato: disattivo.

Registro: Software\Policies\DeskCoach\Recommended, valore strict_mode (REG_DWORD).</translation>
        </message>
        <message>
            <source>Sound (recommended)</source>
            <comment>Recommended_sound</comment>
            <translation>Suono (consigliato)</translation>
        </message>
        <message>
            <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value sound (REG_DWORD).</source>
            <comment>Recommended_sound_Help</comment>
            <translation>Riproduci un suono leggero all'inizio e alla fine di una pausa (mai mentre una riunione trattiene le pause).

Attivato: attivo.
Disattivato: disattivo.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: attivo o disattivo. Valore predefinito integrato: attivo.

Registro: Software\Policies\DeskCoach\Recommended, valore sound (REG_DWORD).</translation>
        </message>
        <message>
            <source>Start at login (recommended)</source>
            <comment>Recommended_start_at_login</comment>
            <translation>Avvia all'accesso (consigliato)</translation>
        </message>
        <message>
            <source>Start DeskCoach when you log in.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value start_at_login (REG_DWORD).</source>
            <comment>Recommended_start_at_login_Help</comment>
            <translation>Avvia DeskCoach quando accedi.

Attivato: attivo.
Disattivato: disattivo.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: attivo o disattivo. Valore predefinito integrato: attivo.

Registro: Software\Policies\DeskCoach\Recommended, valore start_at_login (REG_DWORD).</translation>
        </message>
        <message>
            <source>Reduced motion (recommended)</source>
            <comment>Recommended_reduced_motion</comment>
            <translation>Movimento ridotto (consigliato)</translation>
        </message>
        <message>
            <source>Show still key poses instead of animations.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value reduced_motion (REG_DWORD).</source>
            <comment>Recommended_reduced_motion_Help</comment>
            <translation>Mostra pose chiave fisse invece delle animazioni.

Attivato: attivo.
Disattivato: disattivo.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: attivo o disattivo. Valore predefinito integrato: disattivo.

Registro: Software\Policies\DeskCoach\Recommended, valore reduced_motion (REG_DWORD).</translation>
        </message>
        <message>
            <source>Seated only (recommended)</source>
            <comment>Recommended_seated_only</comment>
            <translation>Solo da seduti (consigliato)</translation>
        </message>
        <message>
            <source>Only suggest exercises that can be done sitting down.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value seated_only (REG_DWORD).</source>
            <comment>Recommended_seated_only_Help</comment>
            <translation>Suggerisci solo esercizi che si possono fare da seduti.

Attivato: attivo.
Disattivato: disattivo.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: attivo o disattivo. Valore predefinito integrato: disattivo.

Registro: Software\Policies\DeskCoach\Recommended, valore seated_only (REG_DWORD).</translation>
        </message>
        <message>
            <source>Back movements (recommended)</source>
            <comment>Recommended_spine_preference</comment>
            <translation>Movimenti della schiena (consigliato)</translation>
        </message>
        <message>
            <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: any | extension | flexion. Built-in default: any.

Registry: Software\Policies\DeskCoach\Recommended, value spine_preference (REG_SZ).</source>
            <comment>Recommended_spine_preference_Help</comment>
            <translation>Escludi i piegamenti in avanti (flessione) o all'indietro (estensione) se uno dei due non ti fa stare bene.

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: any | extension | flexion. Valore predefinito integrato: any.

Registro: Software\Policies\DeskCoach\Recommended, valore spine_preference (REG_SZ).</translation>
        </message>
        <message>
            <source>Regions to leave out (recommended)</source>
            <comment>Recommended_avoid_regions</comment>
            <translation>Zone da escludere (consigliato)</translation>
        </message>
        <message>
            <source>Body regions DeskCoach should not suggest exercises for.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: a list of up to 64 of: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach\Recommended, value avoid_regions (REG_MULTI_SZ).</source>
            <comment>Recommended_avoid_regions_Help</comment>
            <translation>Zone del corpo per cui DeskCoach non deve suggerire esercizi.

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: un elenco di massimo 64 tra: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (uno per riga). Valore predefinito integrato: (nessuno).

Registro: Software\Policies\DeskCoach\Recommended, valore avoid_regions (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Exercises to leave out (recommended)</source>
            <comment>Recommended_avoid_exercises</comment>
            <translation>Esercizi da escludere (consigliato)</translation>
        </message>
        <message>
            <source>Exercises DeskCoach should never suggest.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: a list of up to 64 of: exercise ids (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach\Recommended, value avoid_exercises (REG_MULTI_SZ).</source>
            <comment>Recommended_avoid_exercises_Help</comment>
            <translation>Esercizi che DeskCoach non deve mai suggerire.

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: un elenco di massimo 64 tra: ID degli esercizi (uno per riga). Valore predefinito integrato: (nessuno).

Registro: Software\Policies\DeskCoach\Recommended, valore avoid_exercises (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Away after (recommended)</source>
            <comment>Recommended_idle_minutes</comment>
            <translation>Assente dopo (consigliato)</translation>
        </message>
        <message>
            <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break's length counts as a natural break.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach\Recommended, value idle_minutes (REG_DWORD).</source>
            <comment>Recommended_idle_minutes_Help</comment>
            <translation>Minuti senza tastiera o mouse dopo i quali il timer di lavoro si ferma; tornare dopo almeno la durata di una pausa conta come pausa naturale.

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: 1-30 minuti. Valore predefinito integrato: 5.

Registro: Software\Policies\DeskCoach\Recommended, valore idle_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for full-screen apps (recommended)</source>
            <comment>Recommended_defer_fullscreen</comment>
            <translation>Aspetta le app a schermo intero (consigliato)</translation>
        </message>
        <message>
            <source>Hold a break while a full-screen app or presentation is in front.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value defer_fullscreen (REG_DWORD).</source>
            <comment>Recommended_defer_fullscreen_Help</comment>
            <translation>Trattieni una pausa mentre un'app a schermo intero o una presentazione è in primo piano.

Attivato: attivo.
Disattivato: disattivo.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: attivo o disattivo. Valore predefinito integrato: attivo.

Registro: Software\Policies\DeskCoach\Recommended, valore defer_fullscreen (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for meetings (recommended)</source>
            <comment>Recommended_defer_meetings</comment>
            <translation>Aspetta le riunioni (consigliato)</translation>
        </message>
        <message>
            <source>Hold a break while another app uses the camera or microphone.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value defer_meetings (REG_DWORD).</source>
            <comment>Recommended_defer_meetings_Help</comment>
            <translation>Trattieni una pausa mentre un'altra app usa la fotocamera o il microfono.

Attivato: attivo.
Disattivato: disattivo.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: attivo o disattivo. Valore predefinito integrato: attivo.

Registro: Software\Policies\DeskCoach\Recommended, valore defer_meetings (REG_DWORD).</translation>
        </message>
        <message>
            <source>Longest wait (recommended)</source>
            <comment>Recommended_max_defer_minutes</comment>
            <translation>Attesa massima (consigliato)</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-240 minutes. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value max_defer_minutes (REG_DWORD).</source>
            <comment>Recommended_max_defer_minutes_Help</comment>
            <translation>Dopo questo tempo una pausa trattenuta dà un leggero promemoria.

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: 5-240 minuti. Valore predefinito integrato: 60.

Registro: Software\Policies\DeskCoach\Recommended, valore max_defer_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Working hours (recommended)</source>
            <comment>Recommended_working_hours</comment>
            <translation>Orario di lavoro (consigliato)</translation>
        </message>
        <message>
            <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always. Built-in default: (empty).

Registry: Software\Policies\DeskCoach\Recommended, value working_hours (REG_SZ).</source>
            <comment>Recommended_working_hours_Help</comment>
            <translation>es. mon-fri 08:30-12:30,13:30-17:30; vuoto significa sempre.

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: es. mon-fri 08:30-12:30,13:30-17:30; vuoto significa sempre. Valore predefinito integrato: (vuoto).

Registro: Software\Policies\DeskCoach\Recommended, valore working_hours (REG_SZ).</translation>
        </message>
        <message>
            <source>Checklist reminders (recommended)</source>
            <comment>Recommended_checklist_reminders</comment>
            <translation>Promemoria della lista di controllo (consigliato)</translation>
        </message>
        <message>
            <source>Remind me of open workstation actions and when a fresh check is due.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value checklist_reminders (REG_DWORD).</source>
            <comment>Recommended_checklist_reminders_Help</comment>
            <translation>Ricordami le azioni aperte per la postazione e quando è il momento di una nuova verifica.

Attivato: attivo.
Disattivato: disattivo.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: attivo o disattivo. Valore predefinito integrato: attivo.

Registro: Software\Policies\DeskCoach\Recommended, valore checklist_reminders (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after (recommended)</source>
            <comment>Recommended_reassess_months</comment>
            <translation>Nuova verifica dopo (consigliato)</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-24 months. Built-in default: 6.

Registry: Software\Policies\DeskCoach\Recommended, value reassess_months (REG_DWORD).</source>
            <comment>Recommended_reassess_months_Help</comment>
            <translation>Mesi dopo una verifica della postazione prima che DeskCoach ne suggerisca una nuova.

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: 1-24 mesi. Valore predefinito integrato: 6.

Registro: Software\Policies\DeskCoach\Recommended, valore reassess_months (REG_DWORD).</translation>
        </message>
        <message>
            <source>Streak goal (recommended)</source>
            <comment>Recommended_goal_percent</comment>
            <translation>Obiettivo della serie (consigliato)</translation>
        </message>
        <message>
            <source>The share of the day's due breaks to take for the day to join your streak on the progress dashboard.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 10-100 %. Built-in default: 80.

Registry: Software\Policies\DeskCoach\Recommended, value goal_percent (REG_DWORD).</source>
            <comment>Recommended_goal_percent_Help</comment>
            <translation>La quota delle pause previste del giorno da fare perché il giorno entri nella tua serie nella panoramica dei progressi.

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: 10-100 %. Valore predefinito integrato: 80.

Registro: Software\Policies\DeskCoach\Recommended, valore goal_percent (REG_DWORD).</translation>
        </message>
        <message>
            <source>Eye breaks every (recommended)</source>
            <comment>Recommended_eye_break_minutes</comment>
            <translation>Pause per gli occhi ogni (consigliato)</translation>
        </message>
        <message>
            <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-60 minutes, or 0 for off. Built-in default: 20.

Registry: Software\Policies\DeskCoach\Recommended, value eye_break_minutes (REG_DWORD).

The list offers 5-60 and off (0), stored as 0.</source>
            <comment>Recommended_eye_break_minutes_Help</comment>
            <translation>Un invito di 20 secondi a guardare lontano, tra una pausa attiva e l'altra (0 = disattivato).

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: 5-60 minuti, o 0 per disattivare. Valore predefinito integrato: 20.

Registro: Software\Policies\DeskCoach\Recommended, valore eye_break_minutes (REG_DWORD).

L'elenco offre 5-60 e disattivato (0), salvato come 0.</translation>
        </message>
        <message>
            <source>Daily anchors (recommended)</source>
            <comment>Recommended_daily_anchors</comment>
            <translation>Ancore quotidiane (consigliato)</translation>
        </message>
        <message>
            <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none. Built-in default: (empty).

Registry: Software\Policies\DeskCoach\Recommended, value daily_anchors (REG_SZ).</source>
            <comment>Recommended_daily_anchors_Help</comment>
            <translation>Routine facoltative di cinque minuti in momenti che rispetti comunque, es. caffè 08:30, pranzo 12:30, fine giornata 17:15; vuoto significa nessuna.

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: Routine facoltative di cinque minuti in momenti che rispetti comunque, es. caffè 08:30, pranzo 12:30, fine giornata 17:15; vuoto significa nessuna. Valore predefinito integrato: (vuoto).

Registro: Software\Policies\DeskCoach\Recommended, valore daily_anchors (REG_SZ).</translation>
        </message>
        <message>
            <source>Volume (recommended)</source>
            <comment>Recommended_sound_volume</comment>
            <translation>Volume (consigliato)</translation>
        </message>
        <message>
            <source>How loud the break cues are.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-100 %. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value sound_volume (REG_DWORD).</source>
            <comment>Recommended_sound_volume_Help</comment>
            <translation>Quanto sono forti i suoni delle pause.

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: 0-100 %. Valore predefinito integrato: 60.

Registro: Software\Policies\DeskCoach\Recommended, valore sound_volume (REG_DWORD).</translation>
        </message>
        <message>
            <source>Cue (recommended)</source>
            <comment>Recommended_sound_cue</comment>
            <translation>Suono (consigliato)</translation>
        </message>
        <message>
            <source>Which of DeskCoach's sounds the cues use.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: chime | bell | soft. Built-in default: chime.

Registry: Software\Policies\DeskCoach\Recommended, value sound_cue (REG_SZ).</source>
            <comment>Recommended_sound_cue_Help</comment>
            <translation>Quale suono di DeskCoach usare.

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: chime | bell | soft. Valore predefinito integrato: chime.

Registro: Software\Policies\DeskCoach\Recommended, valore sound_cue (REG_SZ).</translation>
        </message>
        <message>
            <source>Break window on (recommended)</source>
            <comment>Recommended_break_screens</comment>
            <translation>Finestra della pausa su (consigliato)</translation>
        </message>
        <message>
            <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer's screen and a calm dimmed panel on the others (it never blocks input).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: pointer | primary | all. Built-in default: pointer.

Registry: Software\Policies\DeskCoach\Recommended, value break_screens (REG_SZ).</source>
            <comment>Recommended_break_screens_Help</comment>
            <translation>pointer: lo schermo con il puntatore del mouse; primary: lo schermo principale; all: la pausa sullo schermo del puntatore e un pannello scuro e tranquillo sugli altri (non blocca mai l'input).

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: pointer | primary | all. Valore predefinito integrato: pointer.

Registro: Software\Policies\DeskCoach\Recommended, valore break_screens (REG_SZ).</translation>
        </message>
        <message>
            <source>Colours (recommended)</source>
            <comment>Recommended_theme</comment>
            <translation>Colori (consigliato)</translation>
        </message>
        <message>
            <source>Light or dark windows; system follows your desktop's colour scheme.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: system | light | dark. Built-in default: system.

Registry: Software\Policies\DeskCoach\Recommended, value theme (REG_SZ).</source>
            <comment>Recommended_theme_Help</comment>
            <translation>Finestre chiare o scure; system segue lo schema colori del tuo desktop.

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: system | light | dark. Valore predefinito integrato: system.

Registro: Software\Policies\DeskCoach\Recommended, valore theme (REG_SZ).</translation>
        </message>
        <message>
            <source>Language (recommended)</source>
            <comment>Recommended_language</comment>
            <translation>Lingua (consigliato)</translation>
        </message>
        <message>
            <source>The language of DeskCoach's menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Built-in default: system.

Registry: Software\Policies\DeskCoach\Recommended, value language (REG_SZ).</source>
            <comment>Recommended_language_Help</comment>
            <translation>La lingua di menu, esercizi e messaggi di DeskCoach; system segue il tuo desktop. Vale subito; le finestre già aperte cambiano quando le riapri.

Attivato: il valore vale finché l'utente non lo modifica nelle impostazioni.
Non configurato: vale il valore predefinito del computer o quello integrato di DeskCoach.

Consentito: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Valore predefinito integrato: system.

Registro: Software\Policies\DeskCoach\Recommended, valore language (REG_SZ).</translation>
        </message>
        <message>
            <source>DeskCoach 0.1 or later</source>
            <comment>SUPPORTED_DeskCoach_0_1</comment>
            <translation>DeskCoach 0.1 o successivo</translation>
        </message>
    </context>
    <context>
        <name>man</name>
        <message>
            <source>.SH NAME
deskcoach \- calm system-tray coach for short movement breaks</source>
            <comment>block 1</comment>
            <translation>.SH NAME
deskcoach \- coach tranquillo nell'area di notifica per brevi pause attive</translation>
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
gestisce un timer di lavoro nell'area di notifica e, quando è il momento di una pausa, guida una breve
pausa attiva sullo schermo senza prendere il focus della tastiera. Senza
.IR COMMAND ,
avvia l'app nell'area di notifica; se è già in esecuzione per questo utente, non parte nient'altro.
Gli altri comandi mostrano informazioni o controllano l'app in esecuzione.</translation>
        </message>
        <message>
            <source>.PP
DeskCoach gives general movement guidance, not medical advice.</source>
            <comment>block 4</comment>
            <translation>.PP
DeskCoach offre indicazioni generali sul movimento, non consigli medici.</translation>
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
Conserva tutte le impostazioni e i dati in
.I DIR
(modalità portabile) invece che nelle cartelle di ciascun utente.</translation>
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
Esegui ogni durata
.I N
volte più veloce (dimostrazioni e test).</translation>
        </message>
        <message>
            <source>.TP
.B \-\-version
Print the version and exit.</source>
            <comment>block 8</comment>
            <translation>.TP
.B \-\-version
Mostra la versione ed esci.</translation>
        </message>
        <message>
            <source>.TP
.BR \-h ", " \-\-help
Print the commands and options; each command also takes
.BR \-\-help .</source>
            <comment>block 9</comment>
            <translation>.TP
.BR \-h ", " \-\-help
Mostra i comandi e le opzioni; ogni comando accetta anche
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
Avvia l'app nell'area di notifica (predefinito).</translation>
        </message>
        <message>
            <source>.TP
.BR status " [" \-\-json ]
What the running app is doing.</source>
            <comment>block 12</comment>
            <translation>.TP
.BR status " [" \-\-json ]
Cosa sta facendo l'app in esecuzione.</translation>
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
Fai una pausa adesso.</translation>
        </message>
        <message>
            <source>.TP
.BI pause " LENGTH"
Pause breaks: 30m, 1h, 1h30m and so on up to 24h, or tomorrow.</source>
            <comment>block 14</comment>
            <translation>.TP
.BI pause " LENGTH"
Sospendi le pause: 30m, 1h, 1h30m e così via fino a 24h, o tomorrow.</translation>
        </message>
        <message>
            <source>.TP
.BR resume ", " skip\-next ", " snooze ", " done ", " swap ", " quit
Drive the running app: end a pause, skip the break on screen or the next one, snooze or
finish the break on screen, swap its exercise, quit.</source>
            <comment>block 15</comment>
            <translation>.TP
.BR resume ", " skip\-next ", " snooze ", " done ", " swap ", " quit
Controlla l'app in esecuzione: termina una sospensione, salta la pausa sullo schermo o la prossima, rimanda o
termina la pausa sullo schermo, cambiane l'esercizio, esci.</translation>
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
Elenca il catalogo degli esercizi, o mostra un esercizio.</translation>
        </message>
        <message>
            <source>.TP
.BR checklist " items|export"
The workstation checklist: list its questions, or export an assessment as PDF or JSON.</source>
            <comment>block 17</comment>
            <translation>.TP
.BR checklist " items|export"
La lista di controllo della postazione: elenca le domande, o esporta una valutazione in PDF o JSON.</translation>
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
Pause al giorno, in tabella, CSV o JSON; con \-\-summary, i dati principali della panoramica dei progressi
(oggi, questa settimana rispetto alla precedente, la serie, i minuti di movimento, le zone) su tutta la cronologia.</translation>
        </message>
        <message>
            <source>.TP
.B checkin \-\-pain \fIN\fP [\-\-region \fIR\fP] [\-\-exercise \fIID\fP]
Log how your body feels now (0-10); the coach paces each exercise's level by these answers.</source>
            <comment>block 19</comment>
            <translation>.TP
.B checkin \-\-pain \fIN\fP [\-\-region \fIR\fP] [\-\-exercise \fIID\fP]
Registra come si sente il tuo corpo adesso (0-10); il coach regola il livello di ogni esercizio in base a queste risposte.</translation>
        </message>
        <message>
            <source>.TP
.B log [\-\-days \fIN\fP] [\-\-format table|csv|json] [\-\-pdf \fIFILE\fP]
Your check-ins and the plan's changes; with \-\-pdf, a one-page log for a clinician.</source>
            <comment>block 20</comment>
            <translation>.TP
.B log [\-\-days \fIN\fP] [\-\-format table|csv|json] [\-\-pdf \fIFILE\fP]
Le tue verifiche rapide e i cambi del piano; con \-\-pdf, un diario di una pagina per un professionista sanitario.</translation>
        </message>
        <message>
            <source>.TP
.BR programme " list|show|start|stop|status"
Multi-week programmes in phases: list them (with suggestions), show one, start, stop, or
show the running one's phase and week.</source>
            <comment>block 21</comment>
            <translation>.TP
.BR programme " list|show|start|stop|status"
Programmi di più settimane in fasi: elencali (con suggerimenti), mostrane uno, avvialo, fermalo, o
mostra la fase e la settimana di quello in corso.</translation>
        </message>
        <message>
            <source>.TP
.BI export " FILE" "\fR, \fPimport" " FILE"
Write all your data to a JSON file, or merge such a file into this profile.</source>
            <comment>block 22</comment>
            <translation>.TP
.BI export " FILE" "\fR, \fPimport" " FILE"
Scrivi tutti i tuoi dati in un file JSON, o unisci un file di questo tipo a questo profilo.</translation>
        </message>
        <message>
            <source>.TP
.BR config " show|set|validate"
Show every effective setting and where it comes from, set one, or check a settings file.</source>
            <comment>block 23</comment>
            <translation>.TP
.BR config " show|set|validate"
Mostra ogni impostazione in vigore e da dove viene, impostane una, o controlla un file di impostazioni.</translation>
        </message>
        <message>
            <source>.TP
.BR policy " show|validate"
Show the organisation's effective policy and its sources, or check a policy file.</source>
            <comment>block 24</comment>
            <translation>.TP
.BR policy " show|validate"
Mostra i criteri in vigore dell'organizzazione e le loro fonti, o controlla un file di criteri.</translation>
        </message>
        <message>
            <source>.TP
.B doctor
Which idle, full-screen and meeting detectors work on this desktop.</source>
            <comment>block 25</comment>
            <translation>.TP
.B doctor
Quali rilevatori di inattività, schermo intero e riunioni funzionano su questo desktop.</translation>
        </message>
        <message>
            <source>.TP
.B safety
When to get help: the signs that need emergency care now, a clinician soon, or stopping the
exercise. General movement guidance, not medical advice.</source>
            <comment>block 26</comment>
            <translation>.TP
.B safety
Quando chiedere aiuto: i segnali che richiedono cure di emergenza subito, un professionista sanitario presto, o l'interruzione
dell'esercizio. Indicazioni generali sul movimento, non consigli medici.</translation>
        </message>
        <message>
            <source>.SH EXIT STATUS
0 done; 1 DeskCoach is not running, or something failed; 2 refused (a bad value, an action
the current state, settings or policy do not allow, an invalid file).</source>
            <comment>block 27</comment>
            <translation>.SH EXIT STATUS
0 fatto; 1 DeskCoach non è in esecuzione, o qualcosa non è riuscito; 2 rifiutato (un valore errato, un'azione
che lo stato attuale, le impostazioni o i criteri non consentono, un file non valido).</translation>
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
Le impostazioni dell'utente.</translation>
        </message>
        <message>
            <source>.TP
.I ~/.local/share/DeskCoach/history.sqlite3
Break history, kept on this computer only.</source>
            <comment>block 30</comment>
            <translation>.TP
.I ~/.local/share/DeskCoach/history.sqlite3
Cronologia delle pause, conservata solo su questo computer.</translation>
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
Criteri dell'organizzazione: impostazioni obbligatorie e consigliate, limiti e valori predefiniti del computer; inoltre
ogni file
.I *.json
in
.I /etc/deskcoach/managed/
e
.IR /etc/deskcoach/recommended/ .
Questi file appartengono all'amministratore: il pacchetto non li installa né li rimuove.</translation>
        </message>
        <message>
            <source>.TP
.I /usr/share/doc/deskcoach/example-policy.json
An example policy to start from, with its JSON Schema,
.IR policy.schema.json .</source>
            <comment>block 32</comment>
            <translation>.TP
.I /usr/share/doc/deskcoach/example-policy.json
Un esempio di criteri da cui partire, con il suo schema JSON,
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
Avvia DeskCoach all'accesso di ogni utente. Disattivare «Avvia all'accesso» nelle
impostazioni di DeskCoach scrive
.I ~/.config/autostart/io.github.deskcoach.DeskCoach.desktop
con
.BR Hidden=true ,
che lo annulla per quell'utente.</translation>
        </message>
        <message>
            <source>.SH SEE ALSO
The administrator's guide and the policy schema in DeskCoach's source,
.IR packaging/ .</source>
            <comment>block 34</comment>
            <translation>.SH SEE ALSO
La guida per l'amministratore e lo schema dei criteri nei sorgenti di DeskCoach,
.IR packaging/ .</translation>
        </message>
    </context>
    <context>
        <name>man-heading</name>
        <message>
            <source>NAME</source>
            <comment>man page section heading (capitals): NAME</comment>
            <translation>NOME</translation>
        </message>
        <message>
            <source>SYNOPSIS</source>
            <comment>man page section heading (capitals): SYNOPSIS</comment>
            <translation>SINTASSI</translation>
        </message>
        <message>
            <source>DESCRIPTION</source>
            <comment>man page section heading (capitals): DESCRIPTION</comment>
            <translation>DESCRIZIONE</translation>
        </message>
        <message>
            <source>OPTIONS</source>
            <comment>man page section heading (capitals): OPTIONS</comment>
            <translation>OPZIONI</translation>
        </message>
        <message>
            <source>COMMANDS</source>
            <comment>man page section heading (capitals): COMMANDS</comment>
            <translation>COMANDI</translation>
        </message>
        <message>
            <source>EXIT STATUS</source>
            <comment>man page section heading (capitals): EXIT STATUS</comment>
            <translation>STATO DI USCITA</translation>
        </message>
        <message>
            <source>FILES</source>
            <comment>man page section heading (capitals): FILES</comment>
            <translation>FILE</translation>
        </message>
        <message>
            <source>SEE ALSO</source>
            <comment>man page section heading (capitals): SEE ALSO</comment>
            <translation>VEDERE ANCHE</translation>
        </message>
    </context>
</TS>
