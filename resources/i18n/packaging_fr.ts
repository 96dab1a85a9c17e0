<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>desktop</name>
        <message>
            <source>Break Reminder</source>
            <comment>GenericName</comment>
            <translation>Rappel de pauses</translation>
        </message>
        <message>
            <source>Reminds you to take short movement breaks at your desk</source>
            <comment>Comment</comment>
            <translation>Vous rappelle de faire de courtes pauses actives à votre bureau</translation>
        </message>
        <message>
            <source>break;pause;ergonomics;posture;stretch;exercise;movement;health;RSI;timer;</source>
            <comment>Keywords</comment>
            <translation>pause;pause active;ergonomie;posture;étirement;exercice;mouvement;santé;TMS;minuteur;break;stretch;</translation>
        </message>
    </context>
    <context>
        <name>appstream</name>
        <message>
            <source>Calm reminders to take short movement breaks</source>
            <comment>summary</comment>
            <translation>Des rappels discrets pour faire de courtes pauses actives</translation>
        </message>
        <message>
            <source>DeskCoach is a calm system-tray coach for people who sit at a screen all day. It runs a work timer and, when a break is due, guides a short movement break on screen, without taking the keyboard focus.</source>
            <comment>description/p[1]</comment>
            <translation>DeskCoach est un coach discret, dans la zone de notification, pour les personnes qui passent la journée assises devant un écran. Il gère un minuteur de travail et, quand une pause est due, guide une courte pause active à l'écran, sans prendre le focus du clavier.</translation>
        </message>
        <message>
            <source>Short movement breaks and stretches with illustrated steps; body regions rotate through the day</source>
            <comment>description/li[3]</comment>
            <translation>Courtes pauses actives et étirements avec des étapes illustrées ; les zones du corps alternent au fil de la journée</translation>
        </message>
        <message>
            <source>Waits while you keep typing, and counts time away from the computer as a natural break</source>
            <comment>description/li[4]</comment>
            <translation>Attend tant que vous tapez, et compte le temps passé loin de l'ordinateur comme une pause naturelle</translation>
        </message>
        <message>
            <source>A workstation checklist with a report you can export</source>
            <comment>description/li[5]</comment>
            <translation>Une liste de contrôle du poste de travail avec un rapport exportable</translation>
        </message>
        <message>
            <source>Progress charts, kept on your computer only: nothing is ever sent anywhere</source>
            <comment>description/li[6]</comment>
            <translation>Graphiques de progrès conservés uniquement sur votre ordinateur : rien n'est jamais envoyé nulle part</translation>
        </message>
        <message>
            <source>Organisation policy for fleets: locked settings and limits in /etc/deskcoach</source>
            <comment>description/li[7]</comment>
            <translation>Stratégie d'organisation pour les parcs : paramètres verrouillés et limites dans /etc/deskcoach</translation>
        </message>
        <message>
            <source>DeskCoach gives general movement guidance, not medical advice.</source>
            <comment>description/p[8]</comment>
            <translation>DeskCoach donne des conseils généraux de mouvement, pas un avis médical.</translation>
        </message>
    </context>
    <context>
        <name>adml</name>
        <message>
            <source>Movement-break reminders. Policies here are mandatory: users cannot change them. DeskCoach has no network code and reports nothing to the organisation.</source>
            <comment>DeskCoach_Help</comment>
            <translation>Rappels de pauses actives. Les stratégies définies ici sont obligatoires : les utilisateurs ne peuvent pas les modifier. DeskCoach ne contient aucun code réseau et ne transmet rien à l'organisation.</translation>
        </message>
        <message>
            <source>Timing</source>
            <comment>Cat_Timing</comment>
            <translation>Minutage</translation>
        </message>
        <message>
            <source>Putting breaks off</source>
            <comment>Cat_Putting_breaks_off</comment>
            <translation>Reporter les pauses</translation>
        </message>
        <message>
            <source>Sound</source>
            <comment>Cat_Sound</comment>
            <translation>Son</translation>
        </message>
        <message>
            <source>Exercises</source>
            <comment>Cat_Exercises</comment>
            <translation>Exercices</translation>
        </message>
        <message>
            <source>Smart timing</source>
            <comment>Cat_Smart_timing</comment>
            <translation>Minutage intelligent</translation>
        </message>
        <message>
            <source>Workstation check</source>
            <comment>Cat_Workstation_check</comment>
            <translation>Bilan du poste de travail</translation>
        </message>
        <message>
            <source>Progress</source>
            <comment>Cat_Progress</comment>
            <translation>Progrès</translation>
        </message>
        <message>
            <source>Eye breaks</source>
            <comment>Cat_Eye_breaks</comment>
            <translation>Pauses pour les yeux</translation>
        </message>
        <message>
            <source>Daily routines</source>
            <comment>Cat_Daily_routines</comment>
            <translation>Routines quotidiennes</translation>
        </message>
        <message>
            <source>Break window</source>
            <comment>Cat_Break_window</comment>
            <translation>Fenêtre de pause</translation>
        </message>
        <message>
            <source>Appearance</source>
            <comment>Cat_Appearance</comment>
            <translation>Apparence</translation>
        </message>
        <message>
            <source>Limits (users may only make these stricter)</source>
            <comment>Cat_Limits</comment>
            <translation>Limites (les utilisateurs ne peuvent que les rendre plus strictes)</translation>
        </message>
        <message>
            <source>Features</source>
            <comment>Cat_Features</comment>
            <translation>Fonctions</translation>
        </message>
        <message>
            <source>Recommended (users may change these)</source>
            <comment>Cat_Recommended</comment>
            <translation>Recommandé (les utilisateurs peuvent les modifier)</translation>
        </message>
        <message>
            <source>Work interval</source>
            <comment>work_minutes</comment>
            <translation>Intervalle de travail</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-120 minutes. Built-in default: 40.

Registry: Software\Policies\DeskCoach, value work_minutes (REG_DWORD).</source>
            <comment>work_minutes_Help</comment>
            <translation>Minutes de travail entre les pauses ; 30 à 45 sont recommandées.

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : 5-120 minutes. Valeur intégrée par défaut : 40.

Registre : Software\Policies\DeskCoach, valeur work_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length</source>
            <comment>break_seconds</comment>
            <translation>Durée de la pause</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 30-600 seconds. Built-in default: 120.

Registry: Software\Policies\DeskCoach, value break_seconds (REG_DWORD).</source>
            <comment>break_seconds_Help</comment>
            <translation>Durée de chaque pause active.

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : 30-600 secondes. Valeur intégrée par défaut : 120.

Registre : Software\Policies\DeskCoach, valeur break_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Notice before a break</source>
            <comment>notice_seconds</comment>
            <translation>Préavis avant une pause</translation>
        </message>
        <message>
            <source>How early the tray warns that a break is coming (0 = no notice).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-300 seconds. Built-in default: 60.

Registry: Software\Policies\DeskCoach, value notice_seconds (REG_DWORD).</source>
            <comment>notice_seconds_Help</comment>
            <translation>Combien de temps à l'avance l'icône de la zone de notification annonce une pause (0 = pas de préavis).

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : 0-300 secondes. Valeur intégrée par défaut : 60.

Registre : Software\Policies\DeskCoach, valeur notice_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length</source>
            <comment>snooze_minutes</comment>
            <translation>Durée du report</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach, value snooze_minutes (REG_DWORD).</source>
            <comment>snooze_minutes_Help</comment>
            <translation>De combien « Plus tard » reporte une pause.

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : 1-30 minutes. Valeur intégrée par défaut : 5.

Registre : Software\Policies\DeskCoach, valeur snooze_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break</source>
            <comment>snoozes_per_break</comment>
            <translation>Reports par pause</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-5. Built-in default: 2.

Registry: Software\Policies\DeskCoach, value snoozes_per_break (REG_DWORD).</source>
            <comment>snoozes_per_break_Help</comment>
            <translation>Combien de fois une même pause peut être reportée.

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : 0-5. Valeur intégrée par défaut : 2.

Registre : Software\Policies\DeskCoach, valeur snoozes_per_break (REG_DWORD).</translation>
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
            <translation>Illimité</translation>
        </message>
        <message>
            <source>Skips per day</source>
            <comment>daily_skip_budget</comment>
            <translation>Pauses passées par jour</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-20, or -1 for unlimited. Built-in default: 3.

Registry: Software\Policies\DeskCoach, value daily_skip_budget (REG_DWORD).

The list offers 0-20 and unlimited (-1), stored as 4294967295.</source>
            <comment>daily_skip_budget_Help</comment>
            <translation>Combien de pauses peuvent être passées chaque jour.

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : 0-20, ou -1 pour illimité. Valeur intégrée par défaut : 3.

Registre : Software\Policies\DeskCoach, valeur daily_skip_budget (REG_DWORD).

La liste propose 0-20 et illimité (-1), enregistré comme 4294967295.</translation>
        </message>
        <message>
            <source>Strict mode</source>
            <comment>strict_mode</comment>
            <translation>Mode strict</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value strict_mode (REG_DWORD).</source>
            <comment>strict_mode_Help</comment>
            <translation>Les pauses ne peuvent être ni passées ni reportées.

Activé : activé (verrouillé).
Désactivé : désactivé (verrouillé).
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : activé ou désactivé. Valeur intégrée par défaut : désactivé.

Registre : Software\Policies\DeskCoach, valeur strict_mode (REG_DWORD).</translation>
        </message>
        <message>
            <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value sound (REG_DWORD).</source>
            <comment>sound_Help</comment>
            <translation>Jouer un son discret au début et à la fin d'une pause (jamais pendant qu'une réunion retient les pauses).

Activé : activé (verrouillé).
Désactivé : désactivé (verrouillé).
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : activé ou désactivé. Valeur intégrée par défaut : activé.

Registre : Software\Policies\DeskCoach, valeur sound (REG_DWORD).</translation>
        </message>
        <message>
            <source>Start at login</source>
            <comment>start_at_login</comment>
            <translation>Lancer à l'ouverture de session</translation>
        </message>
        <message>
            <source>Start DeskCoach when you log in.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value start_at_login (REG_DWORD).</source>
            <comment>start_at_login_Help</comment>
            <translation>Lancer DeskCoach à l'ouverture de votre session.

Activé : activé (verrouillé).
Désactivé : désactivé (verrouillé).
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : activé ou désactivé. Valeur intégrée par défaut : activé.

Registre : Software\Policies\DeskCoach, valeur start_at_login (REG_DWORD).</translation>
        </message>
        <message>
            <source>Reduced motion</source>
            <comment>reduced_motion</comment>
            <translation>Animations réduites</translation>
        </message>
        <message>
            <source>Show still key poses instead of animations.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value reduced_motion (REG_DWORD).</source>
            <comment>reduced_motion_Help</comment>
            <translation>Afficher des positions clés fixes au lieu d'animations.

Activé : activé (verrouillé).
Désactivé : désactivé (verrouillé).
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : activé ou désactivé. Valeur intégrée par défaut : désactivé.

Registre : Software\Policies\DeskCoach, valeur reduced_motion (REG_DWORD).</translation>
        </message>
        <message>
            <source>Seated only</source>
            <comment>seated_only</comment>
            <translation>Assis uniquement</translation>
        </message>
        <message>
            <source>Only suggest exercises that can be done sitting down.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value seated_only (REG_DWORD).</source>
            <comment>seated_only_Help</comment>
            <translation>Ne proposer que des exercices réalisables en position assise.

Activé : activé (verrouillé).
Désactivé : désactivé (verrouillé).
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : activé ou désactivé. Valeur intégrée par défaut : désactivé.

Registre : Software\Policies\DeskCoach, valeur seated_only (REG_DWORD).</translation>
        </message>
        <message>
            <source>any</source>
            <comment>spine_preference_any</comment>
            <translation>Les deux (any)</translation>
        </message>
        <message>
            <source>extension</source>
            <comment>spine_preference_extension</comment>
            <translation>Inclinaisons arrière (extension)</translation>
        </message>
        <message>
            <source>flexion</source>
            <comment>spine_preference_flexion</comment>
            <translation>Flexions avant (flexion)</translation>
        </message>
        <message>
            <source>Back movements</source>
            <comment>spine_preference</comment>
            <translation>Mouvements du dos</translation>
        </message>
        <message>
            <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: any | extension | flexion. Built-in default: any.

Registry: Software\Policies\DeskCoach, value spine_preference (REG_SZ).</source>
            <comment>spine_preference_Help</comment>
            <translation>Exclure les flexions avant (flexion) ou les inclinaisons arrière (extension) si l'un des deux ne vous fait pas du bien.

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : any | extension | flexion. Valeur intégrée par défaut : any.

Registre : Software\Policies\DeskCoach, valeur spine_preference (REG_SZ).</translation>
        </message>
        <message>
            <source>Regions to leave out</source>
            <comment>avoid_regions</comment>
            <translation>Zones à exclure</translation>
        </message>
        <message>
            <source>Body regions DeskCoach should not suggest exercises for.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: a list of up to 64 of: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach, value avoid_regions (REG_MULTI_SZ).</source>
            <comment>avoid_regions_Help</comment>
            <translation>Zones du corps pour lesquelles DeskCoach ne doit pas proposer d'exercices.

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : une liste d'au plus 64 parmi : neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (un par ligne). Valeur intégrée par défaut : (aucune).

Registre : Software\Policies\DeskCoach, valeur avoid_regions (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Exercises to leave out</source>
            <comment>avoid_exercises</comment>
            <translation>Exercices à exclure</translation>
        </message>
        <message>
            <source>Exercises DeskCoach should never suggest.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: a list of up to 64 of: exercise ids (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach, value avoid_exercises (REG_MULTI_SZ).</source>
            <comment>avoid_exercises_Help</comment>
            <translation>Exercices que DeskCoach ne doit jamais proposer.

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : une liste d'au plus 64 parmi : identifiants d'exercices (un par ligne). Valeur intégrée par défaut : (aucune).

Registre : Software\Policies\DeskCoach, valeur avoid_exercises (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Away after</source>
            <comment>idle_minutes</comment>
            <translation>Absent après</translation>
        </message>
        <message>
            <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break's length counts as a natural break.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach, value idle_minutes (REG_DWORD).</source>
            <comment>idle_minutes_Help</comment>
            <translation>Minutes sans clavier ni souris après lesquelles le minuteur de travail s'arrête ; revenir après au moins la durée d'une pause compte comme une pause naturelle.

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : 1-30 minutes. Valeur intégrée par défaut : 5.

Registre : Software\Policies\DeskCoach, valeur idle_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for full-screen apps</source>
            <comment>defer_fullscreen</comment>
            <translation>Attendre les applications en plein écran</translation>
        </message>
        <message>
            <source>Hold a break while a full-screen app or presentation is in front.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value defer_fullscreen (REG_DWORD).</source>
            <comment>defer_fullscreen_Help</comment>
            <translation>Retenir une pause tant qu'une application en plein écran ou une présentation est au premier plan.

Activé : activé (verrouillé).
Désactivé : désactivé (verrouillé).
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : activé ou désactivé. Valeur intégrée par défaut : activé.

Registre : Software\Policies\DeskCoach, valeur defer_fullscreen (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for meetings</source>
            <comment>defer_meetings</comment>
            <translation>Attendre la fin des réunions</translation>
        </message>
        <message>
            <source>Hold a break while another app uses the camera or microphone.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value defer_meetings (REG_DWORD).</source>
            <comment>defer_meetings_Help</comment>
            <translation>Retenir une pause tant qu'une autre application utilise la caméra ou le micro.

Activé : activé (verrouillé).
Désactivé : désactivé (verrouillé).
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : activé ou désactivé. Valeur intégrée par défaut : activé.

Registre : Software\Policies\DeskCoach, valeur defer_meetings (REG_DWORD).</translation>
        </message>
        <message>
            <source>Longest wait</source>
            <comment>max_defer_minutes</comment>
            <translation>Attente maximale</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-240 minutes. Built-in default: 60.

Registry: Software\Policies\DeskCoach, value max_defer_minutes (REG_DWORD).</source>
            <comment>max_defer_minutes_Help</comment>
            <translation>Passé ce délai, une pause retenue envoie un rappel discret.

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : 5-240 minutes. Valeur intégrée par défaut : 60.

Registre : Software\Policies\DeskCoach, valeur max_defer_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Working hours</source>
            <comment>working_hours</comment>
            <translation>Heures de travail</translation>
        </message>
        <message>
            <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always. Built-in default: (empty).

Registry: Software\Policies\DeskCoach, value working_hours (REG_SZ).</source>
            <comment>working_hours_Help</comment>
            <translation>p. ex. mon-fri 08:30-12:30,13:30-17:30 ; vide signifie toujours.

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : p. ex. mon-fri 08:30-12:30,13:30-17:30 ; vide signifie toujours. Valeur intégrée par défaut : (vide).

Registre : Software\Policies\DeskCoach, valeur working_hours (REG_SZ).</translation>
        </message>
        <message>
            <source>Checklist reminders</source>
            <comment>checklist_reminders</comment>
            <translation>Rappels de la liste de contrôle</translation>
        </message>
        <message>
            <source>Remind me of open workstation actions and when a fresh check is due.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value checklist_reminders (REG_DWORD).</source>
            <comment>checklist_reminders_Help</comment>
            <translation>Me rappeler les actions en cours pour le poste de travail et quand un nouveau bilan est dû.

Activé : activé (verrouillé).
Désactivé : désactivé (verrouillé).
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : activé ou désactivé. Valeur intégrée par défaut : activé.

Registre : Software\Policies\DeskCoach, valeur checklist_reminders (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after</source>
            <comment>reassess_months</comment>
            <translation>Nouveau bilan après</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-24 months. Built-in default: 6.

Registry: Software\Policies\DeskCoach, value reassess_months (REG_DWORD).</source>
            <comment>reassess_months_Help</comment>
            <translation>Nombre de mois après un bilan du poste de travail avant que DeskCoach en propose un nouveau.

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : 1-24 mois. Valeur intégrée par défaut : 6.

Registre : Software\Policies\DeskCoach, valeur reassess_months (REG_DWORD).</translation>
        </message>
        <message>
            <source>Streak goal</source>
            <comment>goal_percent</comment>
            <translation>Objectif de série</translation>
        </message>
        <message>
            <source>The share of the day's due breaks to take for the day to join your streak on the progress dashboard.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 10-100 %. Built-in default: 80.

Registry: Software\Policies\DeskCoach, value goal_percent (REG_DWORD).</source>
            <comment>goal_percent_Help</comment>
            <translation>La part des pauses prévues de la journée à prendre pour que la journée compte dans votre série sur le tableau de bord.

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : 10-100 %. Valeur intégrée par défaut : 80.

Registre : Software\Policies\DeskCoach, valeur goal_percent (REG_DWORD).</translation>
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
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>Eye breaks every</source>
            <comment>eye_break_minutes</comment>
            <translation>Pauses pour les yeux toutes les</translation>
        </message>
        <message>
            <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-60 minutes, or 0 for off. Built-in default: 20.

Registry: Software\Policies\DeskCoach, value eye_break_minutes (REG_DWORD).

The list offers 5-60 and off (0), stored as 0.</source>
            <comment>eye_break_minutes_Help</comment>
            <translation>Une invitation de 20 secondes à regarder au loin, entre les pauses actives (0 = désactivé).

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : 5-60 minutes, ou 0 pour désactivé. Valeur intégrée par défaut : 20.

Registre : Software\Policies\DeskCoach, valeur eye_break_minutes (REG_DWORD).

La liste propose 5-60 et désactivé (0), enregistré comme 0.</translation>
        </message>
        <message>
            <source>Daily anchors</source>
            <comment>daily_anchors</comment>
            <translation>Ancrages quotidiens</translation>
        </message>
        <message>
            <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none. Built-in default: (empty).

Registry: Software\Policies\DeskCoach, value daily_anchors (REG_SZ).</source>
            <comment>daily_anchors_Help</comment>
            <translation>Routines facultatives de cinq minutes à des moments que vous respectez déjà, p. ex. café 08:30, déjeuner 12:30, fin de journée 17:15 ; vide signifie aucune.

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : Routines facultatives de cinq minutes à des moments que vous respectez déjà, p. ex. café 08:30, déjeuner 12:30, fin de journée 17:15 ; vide signifie aucune. Valeur intégrée par défaut : (vide).

Registre : Software\Policies\DeskCoach, valeur daily_anchors (REG_SZ).</translation>
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
            <translation>Volume des sons de pause.

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : 0-100 %. Valeur intégrée par défaut : 60.

Registre : Software\Policies\DeskCoach, valeur sound_volume (REG_DWORD).</translation>
        </message>
        <message>
            <source>chime</source>
            <comment>sound_cue_chime</comment>
            <translation>Carillon (chime)</translation>
        </message>
        <message>
            <source>bell</source>
            <comment>sound_cue_bell</comment>
            <translation>Cloche (bell)</translation>
        </message>
        <message>
            <source>soft</source>
            <comment>sound_cue_soft</comment>
            <translation>Doux (soft)</translation>
        </message>
        <message>
            <source>Cue</source>
            <comment>sound_cue</comment>
            <translation>Son</translation>
        </message>
        <message>
            <source>Which of DeskCoach's sounds the cues use.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: chime | bell | soft. Built-in default: chime.

Registry: Software\Policies\DeskCoach, value sound_cue (REG_SZ).</source>
            <comment>sound_cue_Help</comment>
            <translation>Lequel des sons de DeskCoach utiliser.

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : chime | bell | soft. Valeur intégrée par défaut : chime.

Registre : Software\Policies\DeskCoach, valeur sound_cue (REG_SZ).</translation>
        </message>
        <message>
            <source>pointer</source>
            <comment>break_screens_pointer</comment>
            <translation>Écran du pointeur (pointer)</translation>
        </message>
        <message>
            <source>primary</source>
            <comment>break_screens_primary</comment>
            <translation>Écran principal (primary)</translation>
        </message>
        <message>
            <source>all</source>
            <comment>break_screens_all</comment>
            <translation>Tous les écrans (all)</translation>
        </message>
        <message>
            <source>Break window on</source>
            <comment>break_screens</comment>
            <translation>Fenêtre de pause sur</translation>
        </message>
        <message>
            <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer's screen and a calm dimmed panel on the others (it never blocks input).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: pointer | primary | all. Built-in default: pointer.

Registry: Software\Policies\DeskCoach, value break_screens (REG_SZ).</source>
            <comment>break_screens_Help</comment>
            <translation>pointer : l'écran où se trouve le pointeur ; primary : l'écran principal ; all : la pause sur l'écran du pointeur et un panneau sombre et calme sur les autres (il ne bloque jamais la saisie).

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : pointer | primary | all. Valeur intégrée par défaut : pointer.

Registre : Software\Policies\DeskCoach, valeur break_screens (REG_SZ).</translation>
        </message>
        <message>
            <source>system</source>
            <comment>theme_system</comment>
            <translation>Comme le bureau (system)</translation>
        </message>
        <message>
            <source>light</source>
            <comment>theme_light</comment>
            <translation>Clair (light)</translation>
        </message>
        <message>
            <source>dark</source>
            <comment>theme_dark</comment>
            <translation>Sombre (dark)</translation>
        </message>
        <message>
            <source>Colours</source>
            <comment>theme</comment>
            <translation>Couleurs</translation>
        </message>
        <message>
            <source>Light or dark windows; system follows your desktop's colour scheme.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: system | light | dark. Built-in default: system.

Registry: Software\Policies\DeskCoach, value theme (REG_SZ).</source>
            <comment>theme_Help</comment>
            <translation>Fenêtres claires ou sombres ; system suit le thème de couleurs de votre bureau.

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : system | light | dark. Valeur intégrée par défaut : system.

Registre : Software\Policies\DeskCoach, valeur theme (REG_SZ).</translation>
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
            <translation>Langue</translation>
        </message>
        <message>
            <source>The language of DeskCoach's menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Built-in default: system.

Registry: Software\Policies\DeskCoach, value language (REG_SZ).</source>
            <comment>language_Help</comment>
            <translation>La langue des menus, des exercices et des messages de DeskCoach ; system suit votre bureau. Elle s'applique immédiatement ; les fenêtres déjà ouvertes changent quand vous les rouvrez.

Activé : la valeur est verrouillée ; la fenêtre des paramètres l'affiche grisée avec « Défini par votre organisation » et `deskcoach config set` refuse de la modifier.
Non configuré : le choix de l'utilisateur s'applique.

Autorisé : system | en | de | fr | es | it | nl | pt_BR | ja | ar. Valeur intégrée par défaut : system.

Registre : Software\Policies\DeskCoach, valeur language (REG_SZ).</translation>
        </message>
        <message>
            <source>Work interval: upper limit</source>
            <comment>Limit_work_minutes_max</comment>
            <translation>Intervalle de travail : limite supérieure</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 5-120 minutes.

Registry: Software\Policies\DeskCoach, value work_minutes.max (REG_DWORD).</source>
            <comment>Limit_work_minutes_max_Help</comment>
            <translation>Minutes de travail entre les pauses ; 30 à 45 sont recommandées.

Activé : les utilisateurs ne peuvent choisir qu'au plus cette valeur ; un réglage au-delà y est ramené. Les limites ne font que rendre les paramètres plus stricts ; si plusieurs sources en fixent une, la plus stricte s'applique.
Non configuré : toute la plage est autorisée.

Autorisé : 5-120 minutes.

Registre : Software\Policies\DeskCoach, valeur work_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length: lower limit</source>
            <comment>Limit_break_seconds_min</comment>
            <translation>Durée de la pause : limite inférieure</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: users may only choose at least this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 30-600 seconds.

Registry: Software\Policies\DeskCoach, value break_seconds.min (REG_DWORD).</source>
            <comment>Limit_break_seconds_min_Help</comment>
            <translation>Durée de chaque pause active.

Activé : les utilisateurs ne peuvent choisir qu'au moins cette valeur ; un réglage au-delà y est ramené. Les limites ne font que rendre les paramètres plus stricts ; si plusieurs sources en fixent une, la plus stricte s'applique.
Non configuré : toute la plage est autorisée.

Autorisé : 30-600 secondes.

Registre : Software\Policies\DeskCoach, valeur break_seconds.min (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length: upper limit</source>
            <comment>Limit_snooze_minutes_max</comment>
            <translation>Durée du report : limite supérieure</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 1-30 minutes.

Registry: Software\Policies\DeskCoach, value snooze_minutes.max (REG_DWORD).</source>
            <comment>Limit_snooze_minutes_max_Help</comment>
            <translation>De combien « Plus tard » reporte une pause.

Activé : les utilisateurs ne peuvent choisir qu'au plus cette valeur ; un réglage au-delà y est ramené. Les limites ne font que rendre les paramètres plus stricts ; si plusieurs sources en fixent une, la plus stricte s'applique.
Non configuré : toute la plage est autorisée.

Autorisé : 1-30 minutes.

Registre : Software\Policies\DeskCoach, valeur snooze_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break: upper limit</source>
            <comment>Limit_snoozes_per_break_max</comment>
            <translation>Reports par pause : limite supérieure</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 0-5.

Registry: Software\Policies\DeskCoach, value snoozes_per_break.max (REG_DWORD).</source>
            <comment>Limit_snoozes_per_break_max_Help</comment>
            <translation>Combien de fois une même pause peut être reportée.

Activé : les utilisateurs ne peuvent choisir qu'au plus cette valeur ; un réglage au-delà y est ramené. Les limites ne font que rendre les paramètres plus stricts ; si plusieurs sources en fixent une, la plus stricte s'applique.
Non configuré : toute la plage est autorisée.

Autorisé : 0-5.

Registre : Software\Policies\DeskCoach, valeur snoozes_per_break.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Skips per day: upper limit</source>
            <comment>Limit_daily_skip_budget_max</comment>
            <translation>Pauses passées par jour : limite supérieure</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 0-20.

Registry: Software\Policies\DeskCoach, value daily_skip_budget.max (REG_DWORD).</source>
            <comment>Limit_daily_skip_budget_max_Help</comment>
            <translation>Combien de pauses peuvent être passées chaque jour.

Activé : les utilisateurs ne peuvent choisir qu'au plus cette valeur ; un réglage au-delà y est ramené. Les limites ne font que rendre les paramètres plus stricts ; si plusieurs sources en fixent une, la plus stricte s'applique.
Non configuré : toute la plage est autorisée.

Autorisé : 0-20.

Registre : Software\Policies\DeskCoach, valeur daily_skip_budget.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Longest wait: upper limit</source>
            <comment>Limit_max_defer_minutes_max</comment>
            <translation>Attente maximale : limite supérieure</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 5-240 minutes.

Registry: Software\Policies\DeskCoach, value max_defer_minutes.max (REG_DWORD).</source>
            <comment>Limit_max_defer_minutes_max_Help</comment>
            <translation>Passé ce délai, une pause retenue envoie un rappel discret.

Activé : les utilisateurs ne peuvent choisir qu'au plus cette valeur ; un réglage au-delà y est ramené. Les limites ne font que rendre les paramètres plus stricts ; si plusieurs sources en fixent une, la plus stricte s'applique.
Non configuré : toute la plage est autorisée.

Autorisé : 5-240 minutes.

Registre : Software\Policies\DeskCoach, valeur max_defer_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after: upper limit</source>
            <comment>Limit_reassess_months_max</comment>
            <translation>Nouveau bilan après : limite supérieure</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 1-24 months.

Registry: Software\Policies\DeskCoach, value reassess_months.max (REG_DWORD).</source>
            <comment>Limit_reassess_months_max_Help</comment>
            <translation>Nombre de mois après un bilan du poste de travail avant que DeskCoach en propose un nouveau.

Activé : les utilisateurs ne peuvent choisir qu'au plus cette valeur ; un réglage au-delà y est ramené. Les limites ne font que rendre les paramètres plus stricts ; si plusieurs sources en fixent une, la plus stricte s'applique.
Non configuré : toute la plage est autorisée.

Autorisé : 1-24 mois.

Registre : Software\Policies\DeskCoach, valeur reassess_months.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Strict mode: required</source>
            <comment>Limit_strict_mode_required</comment>
            <translation>Mode strict : obligatoire</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: strict mode must be on; users cannot switch it off.
Disabled or Not configured: no requirement.

Registry: Software\Policies\DeskCoach, value strict_mode.required (REG_DWORD).</source>
            <comment>Limit_strict_mode_required_Help</comment>
            <translation>Les pauses ne peuvent être ni passées ni reportées.

Activé : le mode strict doit être activé ; les utilisateurs ne peuvent pas le désactiver.
Désactivé ou Non configuré : aucune exigence.

Registre : Software\Policies\DeskCoach, valeur strict_mode.required (REG_DWORD).</translation>
        </message>
        <message>
            <source>Exporting statistics</source>
            <comment>Feature_statistics_export</comment>
            <translation>Export des statistiques</translation>
        </message>
        <message>
            <source>Exporting statistics (deskcoach stats --format csv/json, export).

Enabled: the feature is available.
Disabled: it is switched off for the user.
Not configured: available.

Registry: Software\Policies\DeskCoach, value statistics_export (REG_DWORD).</source>
            <comment>Feature_statistics_export_Help</comment>
            <translation>Export des statistiques (deskcoach stats --format csv/json, export).

Activé : la fonction est disponible.
Désactivé : elle est désactivée pour l'utilisateur.
Non configuré : disponible.

Registre : Software\Policies\DeskCoach, valeur statistics_export (REG_DWORD).</translation>
        </message>
        <message>
            <source>Work interval (recommended)</source>
            <comment>Recommended_work_minutes</comment>
            <translation>Intervalle de travail (recommandé)</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-120 minutes. Built-in default: 40.

Registry: Software\Policies\DeskCoach\Recommended, value work_minutes (REG_DWORD).</source>
            <comment>Recommended_work_minutes_Help</comment>
            <translation>Minutes de travail entre les pauses ; 30 à 45 sont recommandées.

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : 5-120 minutes. Valeur intégrée par défaut : 40.

Registre : Software\Policies\DeskCoach\Recommended, valeur work_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length (recommended)</source>
            <comment>Recommended_break_seconds</comment>
            <translation>Durée de la pause (recommandé)</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 30-600 seconds. Built-in default: 120.

Registry: Software\Policies\DeskCoach\Recommended, value break_seconds (REG_DWORD).</source>
            <comment>Recommended_break_seconds_Help</comment>
            <translation>Durée de chaque pause active.

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : 30-600 secondes. Valeur intégrée par défaut : 120.

Registre : Software\Policies\DeskCoach\Recommended, valeur break_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Notice before a break (recommended)</source>
            <comment>Recommended_notice_seconds</comment>
            <translation>Préavis avant une pause (recommandé)</translation>
        </message>
        <message>
            <source>How early the tray warns that a break is coming (0 = no notice).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-300 seconds. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value notice_seconds (REG_DWORD).</source>
            <comment>Recommended_notice_seconds_Help</comment>
            <translation>Combien de temps à l'avance l'icône de la zone de notification annonce une pause (0 = pas de préavis).

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : 0-300 secondes. Valeur intégrée par défaut : 60.

Registre : Software\Policies\DeskCoach\Recommended, valeur notice_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length (recommended)</source>
            <comment>Recommended_snooze_minutes</comment>
            <translation>Durée du report (recommandé)</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach\Recommended, value snooze_minutes (REG_DWORD).</source>
            <comment>Recommended_snooze_minutes_Help</comment>
            <translation>De combien « Plus tard » reporte une pause.

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : 1-30 minutes. Valeur intégrée par défaut : 5.

Registre : Software\Policies\DeskCoach\Recommended, valeur snooze_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break (recommended)</source>
            <comment>Recommended_snoozes_per_break</comment>
            <translation>Reports par pause (recommandé)</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-5. Built-in default: 2.

Registry: Software\Policies\DeskCoach\Recommended, value snoozes_per_break (REG_DWORD).</source>
            <comment>Recommended_snoozes_per_break_Help</comment>
            <translation>Combien de fois une même pause peut être reportée.

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : 0-5. Valeur intégrée par défaut : 2.

Registre : Software\Policies\DeskCoach\Recommended, valeur snoozes_per_break (REG_DWORD).</translation>
        </message>
        <message>
            <source>Skips per day (recommended)</source>
            <comment>Recommended_daily_skip_budget</comment>
            <translation>Pauses passées par jour (recommandé)</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-20, or -1 for unlimited. Built-in default: 3.

Registry: Software\Policies\DeskCoach\Recommended, value daily_skip_budget (REG_DWORD).

The list offers 0-20 and unlimited (-1), stored as 4294967295.</source>
            <comment>Recommended_daily_skip_budget_Help</comment>
            <translation>Combien de pauses peuvent être passées chaque jour.

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : 0-20, ou -1 pour illimité. Valeur intégrée par défaut : 3.

Registre : Software\Policies\DeskCoach\Recommended, valeur daily_skip_budget (REG_DWORD).

La liste propose 0-20 et illimité (-1), enregistré comme 4294967295.</translation>
        </message>
        <message>
            <source>Strict mode (recommended)</source>
            <comment>Recommended_strict_mode</comment>
            <translation>Mode strict (recommandé)</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value strict_mode (REG_DWORD).</source>
            <comment>Recommended_strict_mode_Help</comment>
            <translation>Les pauses ne peuvent être ni passées ni reportées.

Activé : activé.
Désactivé : désactivé.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : activé ou désactivé. Valeur intégrée par défaut : désactivé.

Registre : Software\Policies\DeskCoach\Recommended, valeur strict_mode (REG_DWORD).</translation>
        </message>
        <message>
            <source>Sound (recommended)</source>
            <comment>Recommended_sound</comment>
            <translation>Son (recommandé)</translation>
        </message>
        <message>
            <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value sound (REG_DWORD).</source>
            <comment>Recommended_sound_Help</comment>
            <translation>Jouer un son discret au début et à la fin d'une pause (jamais pendant qu'une réunion retient les pauses).

Activé : activé.
Désactivé : désactivé.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : activé ou désactivé. Valeur intégrée par défaut : activé.

Registre : Software\Policies\DeskCoach\Recommended, valeur sound (REG_DWORD).</translation>
        </message>
        <message>
            <source>Start at login (recommended)</source>
            <comment>Recommended_start_at_login</comment>
            <translation>Lancer à l'ouverture de session (recommandé)</translation>
        </message>
        <message>
            <source>Start DeskCoach when you log in.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value start_at_login (REG_DWORD).</source>
            <comment>Recommended_start_at_login_Help</comment>
            <translation>Lancer DeskCoach à l'ouverture de votre session.

Activé : activé.
Désactivé : désactivé.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : activé ou désactivé. Valeur intégrée par défaut : activé.

Registre : Software\Policies\DeskCoach\Recommended, valeur start_at_login (REG_DWORD).</translation>
        </message>
        <message>
            <source>Reduced motion (recommended)</source>
            <comment>Recommended_reduced_motion</comment>
            <translation>Animations réduites (recommandé)</translation>
        </message>
        <message>
            <source>Show still key poses instead of animations.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value reduced_motion (REG_DWORD).</source>
            <comment>Recommended_reduced_motion_Help</comment>
            <translation>Afficher des positions clés fixes au lieu d'animations.

Activé : activé.
Désactivé : désactivé.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : activé ou désactivé. Valeur intégrée par défaut : désactivé.

Registre : Software\Policies\DeskCoach\Recommended, valeur reduced_motion (REG_DWORD).</translation>
        </message>
        <message>
            <source>Seated only (recommended)</source>
            <comment>Recommended_seated_only</comment>
            <translation>Assis uniquement (recommandé)</translation>
        </message>
        <message>
            <source>Only suggest exercises that can be done sitting down.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value seated_only (REG_DWORD).</source>
            <comment>Recommended_seated_only_Help</comment>
            <translation>Ne proposer que des exercices réalisables en position assise.

Activé : activé.
Désactivé : désactivé.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : activé ou désactivé. Valeur intégrée par défaut : désactivé.

Registre : Software\Policies\DeskCoach\Recommended, valeur seated_only (REG_DWORD).</translation>
        </message>
        <message>
            <source>Back movements (recommended)</source>
            <comment>Recommended_spine_preference</comment>
            <translation>Mouvements du dos (recommandé)</translation>
        </message>
        <message>
            <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: any | extension | flexion. Built-in default: any.

Registry: Software\Policies\DeskCoach\Recommended, value spine_preference (REG_SZ).</source>
            <comment>Recommended_spine_preference_Help</comment>
            <translation>Exclure les flexions avant (flexion) ou les inclinaisons arrière (extension) si l'un des deux ne vous fait pas du bien.

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : any | extension | flexion. Valeur intégrée par défaut : any.

Registre : Software\Policies\DeskCoach\Recommended, valeur spine_preference (REG_SZ).</translation>
        </message>
        <message>
            <source>Regions to leave out (recommended)</source>
            <comment>Recommended_avoid_regions</comment>
            <translation>Zones à exclure (recommandé)</translation>
        </message>
        <message>
            <source>Body regions DeskCoach should not suggest exercises for.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: a list of up to 64 of: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach\Recommended, value avoid_regions (REG_MULTI_SZ).</source>
            <comment>Recommended_avoid_regions_Help</comment>
            <translation>Zones du corps pour lesquelles DeskCoach ne doit pas proposer d'exercices.

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : une liste d'au plus 64 parmi : neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (un par ligne). Valeur intégrée par défaut : (aucune).

Registre : Software\Policies\DeskCoach\Recommended, valeur avoid_regions (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Exercises to leave out (recommended)</source>
            <comment>Recommended_avoid_exercises</comment>
            <translation>Exercices à exclure (recommandé)</translation>
        </message>
        <message>
            <source>Exercises DeskCoach should never suggest.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: a list of up to 64 of: exercise ids (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach\Recommended, value avoid_exercises (REG_MULTI_SZ).</source>
            <comment>Recommended_avoid_exercises_Help</comment>
            <translation>Exercices que DeskCoach ne doit jamais proposer.

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : une liste d'au plus 64 parmi : identifiants d'exercices (un par ligne). Valeur intégrée par défaut : (aucune).

Registre : Software\Policies\DeskCoach\Recommended, valeur avoid_exercises (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Away after (recommended)</source>
            <comment>Recommended_idle_minutes</comment>
            <translation>Absent après (recommandé)</translation>
        </message>
        <message>
            <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break's length counts as a natural break.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach\Recommended, value idle_minutes (REG_DWORD).</source>
            <comment>Recommended_idle_minutes_Help</comment>
            <translation>Minutes sans clavier ni souris après lesquelles le minuteur de travail s'arrête ; revenir après au moins la durée d'une pause compte comme une pause naturelle.

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : 1-30 minutes. Valeur intégrée par défaut : 5.

Registre : Software\Policies\DeskCoach\Recommended, valeur idle_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for full-screen apps (recommended)</source>
            <comment>Recommended_defer_fullscreen</comment>
            <translation>Attendre les applications en plein écran (recommandé)</translation>
        </message>
        <message>
            <source>Hold a break while a full-screen app or presentation is in front.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value defer_fullscreen (REG_DWORD).</source>
            <comment>Recommended_defer_fullscreen_Help</comment>
            <translation>Retenir une pause tant qu'une application en plein écran ou une présentation est au premier plan.

Activé : activé.
Désactivé : désactivé.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : activé ou désactivé. Valeur intégrée par défaut : activé.

Registre : Software\Policies\DeskCoach\Recommended, valeur defer_fullscreen (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for meetings (recommended)</source>
            <comment>Recommended_defer_meetings</comment>
            <translation>Attendre la fin des réunions (recommandé)</translation>
        </message>
        <message>
            <source>Hold a break while another app uses the camera or microphone.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value defer_meetings (REG_DWORD).</source>
            <comment>Recommended_defer_meetings_Help</comment>
            <translation>Retenir une pause tant qu'une autre application utilise la caméra ou le micro.

Activé : activé.
Désactivé : désactivé.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : activé ou désactivé. Valeur intégrée par défaut : activé.

Registre : Software\Policies\DeskCoach\Recommended, valeur defer_meetings (REG_DWORD).</translation>
        </message>
        <message>
            <source>Longest wait (recommended)</source>
            <comment>Recommended_max_defer_minutes</comment>
            <translation>Attente maximale (recommandé)</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-240 minutes. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value max_defer_minutes (REG_DWORD).</source>
            <comment>Recommended_max_defer_minutes_Help</comment>
            <translation>Passé ce délai, une pause retenue envoie un rappel discret.

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : 5-240 minutes. Valeur intégrée par défaut : 60.

Registre : Software\Policies\DeskCoach\Recommended, valeur max_defer_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Working hours (recommended)</source>
            <comment>Recommended_working_hours</comment>
            <translation>Heures de travail (recommandé)</translation>
        </message>
        <message>
            <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always. Built-in default: (empty).

Registry: Software\Policies\DeskCoach\Recommended, value working_hours (REG_SZ).</source>
            <comment>Recommended_working_hours_Help</comment>
            <translation>p. ex. mon-fri 08:30-12:30,13:30-17:30 ; vide signifie toujours.

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : p. ex. mon-fri 08:30-12:30,13:30-17:30 ; vide signifie toujours. Valeur intégrée par défaut : (vide).

Registre : Software\Policies\DeskCoach\Recommended, valeur working_hours (REG_SZ).</translation>
        </message>
        <message>
            <source>Checklist reminders (recommended)</source>
            <comment>Recommended_checklist_reminders</comment>
            <translation>Rappels de la liste de contrôle (recommandé)</translation>
        </message>
        <message>
            <source>Remind me of open workstation actions and when a fresh check is due.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value checklist_reminders (REG_DWORD).</source>
            <comment>Recommended_checklist_reminders_Help</comment>
            <translation>Me rappeler les actions en cours pour le poste de travail et quand un nouveau bilan est dû.

Activé : activé.
Désactivé : désactivé.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : activé ou désactivé. Valeur intégrée par défaut : activé.

Registre : Software\Policies\DeskCoach\Recommended, valeur checklist_reminders (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after (recommended)</source>
            <comment>Recommended_reassess_months</comment>
            <translation>Nouveau bilan après (recommandé)</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-24 months. Built-in default: 6.

Registry: Software\Policies\DeskCoach\Recommended, value reassess_months (REG_DWORD).</source>
            <comment>Recommended_reassess_months_Help</comment>
            <translation>Nombre de mois après un bilan du poste de travail avant que DeskCoach en propose un nouveau.

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : 1-24 mois. Valeur intégrée par défaut : 6.

Registre : Software\Policies\DeskCoach\Recommended, valeur reassess_months (REG_DWORD).</translation>
        </message>
        <message>
            <source>Streak goal (recommended)</source>
            <comment>Recommended_goal_percent</comment>
            <translation>Objectif de série (recommandé)</translation>
        </message>
        <message>
            <source>The share of the day's due breaks to take for the day to join your streak on the progress dashboard.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 10-100 %. Built-in default: 80.

Registry: Software\Policies\DeskCoach\Recommended, value goal_percent (REG_DWORD).</source>
            <comment>Recommended_goal_percent_Help</comment>
            <translation>La part des pauses prévues de la journée à prendre pour que la journée compte dans votre série sur le tableau de bord.

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : 10-100 %. Valeur intégrée par défaut : 80.

Registre : Software\Policies\DeskCoach\Recommended, valeur goal_percent (REG_DWORD).</translation>
        </message>
        <message>
            <source>Eye breaks every (recommended)</source>
            <comment>Recommended_eye_break_minutes</comment>
            <translation>Pauses pour les yeux toutes les (recommandé)</translation>
        </message>
        <message>
            <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-60 minutes, or 0 for off. Built-in default: 20.

Registry: Software\Policies\DeskCoach\Recommended, value eye_break_minutes (REG_DWORD).

The list offers 5-60 and off (0), stored as 0.</source>
            <comment>Recommended_eye_break_minutes_Help</comment>
            <translation>Une invitation de 20 secondes à regarder au loin, entre les pauses actives (0 = désactivé).

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : 5-60 minutes, ou 0 pour désactivé. Valeur intégrée par défaut : 20.

Registre : Software\Policies\DeskCoach\Recommended, valeur eye_break_minutes (REG_DWORD).

La liste propose 5-60 et désactivé (0), enregistré comme 0.</translation>
        </message>
        <message>
            <source>Daily anchors (recommended)</source>
            <comment>Recommended_daily_anchors</comment>
            <translation>Ancrages quotidiens (recommandé)</translation>
        </message>
        <message>
            <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none. Built-in default: (empty).

Registry: Software\Policies\DeskCoach\Recommended, value daily_anchors (REG_SZ).</source>
            <comment>Recommended_daily_anchors_Help</comment>
            <translation>Routines facultatives de cinq minutes à des moments que vous respectez déjà, p. ex. café 08:30, déjeuner 12:30, fin de journée 17:15 ; vide signifie aucune.

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : Routines facultatives de cinq minutes à des moments que vous respectez déjà, p. ex. café 08:30, déjeuner 12:30, fin de journée 17:15 ; vide signifie aucune. Valeur intégrée par défaut : (vide).

Registre : Software\Policies\DeskCoach\Recommended, valeur daily_anchors (REG_SZ).</translation>
        </message>
        <message>
            <source>Volume (recommended)</source>
            <comment>Recommended_sound_volume</comment>
            <translation>Volume (recommandé)</translation>
        </message>
        <message>
            <source>How loud the break cues are.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-100 %. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value sound_volume (REG_DWORD).</source>
            <comment>Recommended_sound_volume_Help</comment>
            <translation>Volume des sons de pause.

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : 0-100 %. Valeur intégrée par défaut : 60.

Registre : Software\Policies\DeskCoach\Recommended, valeur sound_volume (REG_DWORD).</translation>
        </message>
        <message>
            <source>Cue (recommended)</source>
            <comment>Recommended_sound_cue</comment>
            <translation>Son (recommandé)</translation>
        </message>
        <message>
            <source>Which of DeskCoach's sounds the cues use.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: chime | bell | soft. Built-in default: chime.

Registry: Software\Policies\DeskCoach\Recommended, value sound_cue (REG_SZ).</source>
            <comment>Recommended_sound_cue_Help</comment>
            <translation>Lequel des sons de DeskCoach utiliser.

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : chime | bell | soft. Valeur intégrée par défaut : chime.

Registre : Software\Policies\DeskCoach\Recommended, valeur sound_cue (REG_SZ).</translation>
        </message>
        <message>
            <source>Break window on (recommended)</source>
            <comment>Recommended_break_screens</comment>
            <translation>Fenêtre de pause sur (recommandé)</translation>
        </message>
        <message>
            <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer's screen and a calm dimmed panel on the others (it never blocks input).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: pointer | primary | all. Built-in default: pointer.

Registry: Software\Policies\DeskCoach\Recommended, value break_screens (REG_SZ).</source>
            <comment>Recommended_break_screens_Help</comment>
            <translation>pointer : l'écran où se trouve le pointeur ; primary : l'écran principal ; all : la pause sur l'écran du pointeur et un panneau sombre et calme sur les autres (il ne bloque jamais la saisie).

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : pointer | primary | all. Valeur intégrée par défaut : pointer.

Registre : Software\Policies\DeskCoach\Recommended, valeur break_screens (REG_SZ).</translation>
        </message>
        <message>
            <source>Colours (recommended)</source>
            <comment>Recommended_theme</comment>
            <translation>Couleurs (recommandé)</translation>
        </message>
        <message>
            <source>Light or dark windows; system follows your desktop's colour scheme.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: system | light | dark. Built-in default: system.

Registry: Software\Policies\DeskCoach\Recommended, value theme (REG_SZ).</source>
            <comment>Recommended_theme_Help</comment>
            <translation>Fenêtres claires ou sombres ; system suit le thème de couleurs de votre bureau.

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : system | light | dark. Valeur intégrée par défaut : system.

Registre : Software\Policies\DeskCoach\Recommended, valeur theme (REG_SZ).</translation>
        </message>
        <message>
            <source>Language (recommended)</source>
            <comment>Recommended_language</comment>
            <translation>Langue (recommandé)</translation>
        </message>
        <message>
            <source>The language of DeskCoach's menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Built-in default: system.

Registry: Software\Policies\DeskCoach\Recommended, value language (REG_SZ).</source>
            <comment>Recommended_language_Help</comment>
            <translation>La langue des menus, des exercices et des messages de DeskCoach ; system suit votre bureau. Elle s'applique immédiatement ; les fenêtres déjà ouvertes changent quand vous les rouvrez.

Activé : la valeur s'applique jusqu'à ce que l'utilisateur la modifie dans les paramètres.
Non configuré : la valeur par défaut de la machine ou la valeur intégrée de DeskCoach s'applique.

Autorisé : system | en | de | fr | es | it | nl | pt_BR | ja | ar. Valeur intégrée par défaut : system.

Registre : Software\Policies\DeskCoach\Recommended, valeur language (REG_SZ).</translation>
        </message>
        <message>
            <source>DeskCoach 0.1 or later</source>
            <comment>SUPPORTED_DeskCoach_0_1</comment>
            <translation>DeskCoach 0.1 ou ultérieur</translation>
        </message>
    </context>
    <context>
        <name>man</name>
        <message>
            <source>.SH NAME
deskcoach \- calm system-tray coach for short movement breaks</source>
            <comment>block 1</comment>
            <translation>.SH NAME
deskcoach \- coach discret de la zone de notification pour de courtes pauses actives</translation>
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
gère un minuteur de travail dans la zone de notification et, quand une pause est due, guide une courte
pause active à l'écran sans prendre le focus du clavier. Sans
.IR COMMAND ,
il lance l'application de la zone de notification ; si elle tourne déjà pour cet utilisateur, rien d'autre ne démarre.
Les autres commandes affichent des informations ou pilotent l'application en cours.</translation>
        </message>
        <message>
            <source>.PP
DeskCoach gives general movement guidance, not medical advice.</source>
            <comment>block 4</comment>
            <translation>.PP
DeskCoach donne des conseils généraux de mouvement, pas un avis médical.</translation>
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
Conserver tous les paramètres et données sous
.I DIR
(mode portable) au lieu des dossiers propres à chaque utilisateur.</translation>
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
Accélérer chaque durée
.I N
fois (démonstrations et tests).</translation>
        </message>
        <message>
            <source>.TP
.B \-\-version
Print the version and exit.</source>
            <comment>block 8</comment>
            <translation>.TP
.B \-\-version
Afficher la version et quitter.</translation>
        </message>
        <message>
            <source>.TP
.BR \-h ", " \-\-help
Print the commands and options; each command also takes
.BR \-\-help .</source>
            <comment>block 9</comment>
            <translation>.TP
.BR \-h ", " \-\-help
Afficher les commandes et options ; chaque commande accepte aussi
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
Lancer l'application de la zone de notification (par défaut).</translation>
        </message>
        <message>
            <source>.TP
.BR status " [" \-\-json ]
What the running app is doing.</source>
            <comment>block 12</comment>
            <translation>.TP
.BR status " [" \-\-json ]
Ce que fait l'application en cours.</translation>
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
Faire une pause maintenant.</translation>
        </message>
        <message>
            <source>.TP
.BI pause " LENGTH"
Pause breaks: 30m, 1h, 1h30m and so on up to 24h, or tomorrow.</source>
            <comment>block 14</comment>
            <translation>.TP
.BI pause " LENGTH"
Suspendre les pauses : 30m, 1h, 1h30m et ainsi de suite jusqu'à 24h, ou tomorrow.</translation>
        </message>
        <message>
            <source>.TP
.BR resume ", " skip\-next ", " snooze ", " done ", " swap ", " quit
Drive the running app: end a pause, skip the break on screen or the next one, snooze or
finish the break on screen, swap its exercise, quit.</source>
            <comment>block 15</comment>
            <translation>.TP
.BR resume ", " skip\-next ", " snooze ", " done ", " swap ", " quit
Piloter l'application en cours : mettre fin à une suspension, passer la pause affichée ou la suivante,
reporter ou terminer la pause affichée, changer son exercice, quitter.</translation>
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
Lister le catalogue d'exercices, ou afficher un exercice.</translation>
        </message>
        <message>
            <source>.TP
.BR checklist " items|export"
The workstation checklist: list its questions, or export an assessment as PDF or JSON.</source>
            <comment>block 17</comment>
            <translation>.TP
.BR checklist " items|export"
La liste de contrôle du poste de travail : lister ses questions, ou exporter une évaluation en PDF ou JSON.</translation>
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
Pauses par jour, en tableau, CSV ou JSON ; avec \-\-summary, les chiffres clés du tableau de bord
(aujourd'hui, cette semaine face à la précédente, la série, les minutes de mouvement, les zones) sur tout l'historique.</translation>
        </message>
        <message>
            <source>.TP
.B checkin \-\-pain \fIN\fP [\-\-region \fIR\fP] [\-\-exercise \fIID\fP]
Log how your body feels now (0-10); the coach paces each exercise's level by these answers.</source>
            <comment>block 19</comment>
            <translation>.TP
.B checkin \-\-pain \fIN\fP [\-\-region \fIR\fP] [\-\-exercise \fIID\fP]
Noter comment votre corps se sent maintenant (0-10) ; le coach règle le niveau de chaque exercice d'après ces réponses.</translation>
        </message>
        <message>
            <source>.TP
.B log [\-\-days \fIN\fP] [\-\-format table|csv|json] [\-\-pdf \fIFILE\fP]
Your check-ins and the plan's changes; with \-\-pdf, a one-page log for a clinician.</source>
            <comment>block 20</comment>
            <translation>.TP
.B log [\-\-days \fIN\fP] [\-\-format table|csv|json] [\-\-pdf \fIFILE\fP]
Vos points rapides et les changements du plan ; avec \-\-pdf, un journal d'une page pour un professionnel de santé.</translation>
        </message>
        <message>
            <source>.TP
.BR programme " list|show|start|stop|status"
Multi-week programmes in phases: list them (with suggestions), show one, start, stop, or
show the running one's phase and week.</source>
            <comment>block 21</comment>
            <translation>.TP
.BR programme " list|show|start|stop|status"
Programmes de plusieurs semaines en phases : les lister (avec suggestions), en afficher un, lancer, arrêter, ou
afficher la phase et la semaine de celui en cours.</translation>
        </message>
        <message>
            <source>.TP
.BI export " FILE" "\fR, \fPimport" " FILE"
Write all your data to a JSON file, or merge such a file into this profile.</source>
            <comment>block 22</comment>
            <translation>.TP
.BI export " FILE" "\fR, \fPimport" " FILE"
Écrire toutes vos données dans un fichier JSON, ou fusionner un tel fichier dans ce profil.</translation>
        </message>
        <message>
            <source>.TP
.BR config " show|set|validate"
Show every effective setting and where it comes from, set one, or check a settings file.</source>
            <comment>block 23</comment>
            <translation>.TP
.BR config " show|set|validate"
Afficher chaque paramètre effectif et sa provenance, en définir un, ou vérifier un fichier de paramètres.</translation>
        </message>
        <message>
            <source>.TP
.BR policy " show|validate"
Show the organisation's effective policy and its sources, or check a policy file.</source>
            <comment>block 24</comment>
            <translation>.TP
.BR policy " show|validate"
Afficher la stratégie effective de l'organisation et ses sources, ou vérifier un fichier de stratégie.</translation>
        </message>
        <message>
            <source>.TP
.B doctor
Which idle, full-screen and meeting detectors work on this desktop.</source>
            <comment>block 25</comment>
            <translation>.TP
.B doctor
Quels détecteurs d'inactivité, de plein écran et de réunion fonctionnent sur ce bureau.</translation>
        </message>
        <message>
            <source>.TP
.B safety
When to get help: the signs that need emergency care now, a clinician soon, or stopping the
exercise. General movement guidance, not medical advice.</source>
            <comment>block 26</comment>
            <translation>.TP
.B safety
Quand demander de l'aide : les signes qui demandent des soins d'urgence immédiats, un professionnel de santé bientôt, ou l'arrêt
de l'exercice. Conseils généraux de mouvement, pas un avis médical.</translation>
        </message>
        <message>
            <source>.SH EXIT STATUS
0 done; 1 DeskCoach is not running, or something failed; 2 refused (a bad value, an action
the current state, settings or policy do not allow, an invalid file).</source>
            <comment>block 27</comment>
            <translation>.SH EXIT STATUS
0 terminé ; 1 DeskCoach n'est pas lancé, ou quelque chose a échoué ; 2 refusé (une valeur incorrecte, une action
que l'état actuel, les paramètres ou la stratégie n'autorisent pas, un fichier non valide).</translation>
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
Les paramètres de l'utilisateur.</translation>
        </message>
        <message>
            <source>.TP
.I ~/.local/share/DeskCoach/history.sqlite3
Break history, kept on this computer only.</source>
            <comment>block 30</comment>
            <translation>.TP
.I ~/.local/share/DeskCoach/history.sqlite3
Historique des pauses, conservé uniquement sur cet ordinateur.</translation>
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
Stratégie de l'organisation : paramètres obligatoires et recommandés, limites et valeurs par défaut de la machine ; ainsi que
chaque fichier
.I *.json
de
.I /etc/deskcoach/managed/
et
.IR /etc/deskcoach/recommended/ .
Ces fichiers appartiennent à l'administrateur : le paquet ne les installe ni ne les supprime.</translation>
        </message>
        <message>
            <source>.TP
.I /usr/share/doc/deskcoach/example-policy.json
An example policy to start from, with its JSON Schema,
.IR policy.schema.json .</source>
            <comment>block 32</comment>
            <translation>.TP
.I /usr/share/doc/deskcoach/example-policy.json
Un exemple de stratégie pour commencer, avec son schéma JSON,
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
Lance DeskCoach à l'ouverture de session de chaque utilisateur. Désactiver « Lancer à l'ouverture de session » dans les
paramètres de DeskCoach écrit
.I ~/.config/autostart/io.github.deskcoach.DeskCoach.desktop
avec
.BR Hidden=true ,
ce qui l'annule pour cet utilisateur.</translation>
        </message>
        <message>
            <source>.SH SEE ALSO
The administrator's guide and the policy schema in DeskCoach's source,
.IR packaging/ .</source>
            <comment>block 34</comment>
            <translation>.SH SEE ALSO
Le guide de l'administrateur et le schéma de stratégie dans les sources de DeskCoach,
.IR packaging/ .</translation>
        </message>
    </context>
    <context>
        <name>man-heading</name>
        <message>
            <source>NAME</source>
            <comment>man page section heading (capitals): NAME</comment>
            <translation>NOM</translation>
        </message>
        <message>
            <source>SYNOPSIS</source>
            <comment>man page section heading (capitals): SYNOPSIS</comment>
            <translation>SYNOPSIS</translation>
        </message>
        <message>
            <source>DESCRIPTION</source>
            <comment>man page section heading (capitals): DESCRIPTION</comment>
            <translation>DESCRIPTION</translation>
        </message>
        <message>
            <source>OPTIONS</source>
            <comment>man page section heading (capitals): OPTIONS</comment>
            <translation>OPTIONS</translation>
        </message>
        <message>
            <source>COMMANDS</source>
            <comment>man page section heading (capitals): COMMANDS</comment>
            <translation>COMMANDES</translation>
        </message>
        <message>
            <source>EXIT STATUS</source>
            <comment>man page section heading (capitals): EXIT STATUS</comment>
            <translation>CODE DE RETOUR</translation>
        </message>
        <message>
            <source>FILES</source>
            <comment>man page section heading (capitals): FILES</comment>
            <translation>FICHIERS</translation>
        </message>
        <message>
            <source>SEE ALSO</source>
            <comment>man page section heading (capitals): SEE ALSO</comment>
            <translation>VOIR AUSSI</translation>
        </message>
    </context>
</TS>
