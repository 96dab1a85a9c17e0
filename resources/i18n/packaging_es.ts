<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>desktop</name>
        <message>
            <source>Break Reminder</source>
            <comment>GenericName</comment>
            <translation>Recordatorio de descansos</translation>
        </message>
        <message>
            <source>Reminds you to take short movement breaks at your desk</source>
            <comment>Comment</comment>
            <translation>Te recuerda hacer breves descansos activos en tu puesto de trabajo</translation>
        </message>
        <message>
            <source>break;pause;ergonomics;posture;stretch;exercise;movement;health;RSI;timer;</source>
            <comment>Keywords</comment>
            <translation>descanso;pausa;ergonomía;postura;estiramiento;ejercicio;movimiento;salud;LER;temporizador;</translation>
        </message>
    </context>
    <context>
        <name>appstream</name>
        <message>
            <source>Calm reminders to take short movement breaks</source>
            <comment>summary</comment>
            <translation>Recordatorios tranquilos para hacer breves descansos activos</translation>
        </message>
        <message>
            <source>DeskCoach is a calm system-tray coach for people who sit at a screen all day. It runs a work timer and, when a break is due, guides a short movement break on screen, without taking the keyboard focus.</source>
            <comment>description/p[1]</comment>
            <translation>DeskCoach es un asistente tranquilo en la bandeja del sistema para quienes pasan el día sentados ante una pantalla. Lleva un temporizador de trabajo y, cuando toca un descanso, guía un breve descanso activo en pantalla sin quitar el foco del teclado.</translation>
        </message>
        <message>
            <source>Short movement breaks and stretches with illustrated steps; body regions rotate through the day</source>
            <comment>description/li[3]</comment>
            <translation>Descansos activos breves y estiramientos con pasos ilustrados; las zonas del cuerpo se alternan a lo largo del día</translation>
        </message>
        <message>
            <source>Waits while you keep typing, and counts time away from the computer as a natural break</source>
            <comment>description/li[4]</comment>
            <translation>Espera mientras sigues escribiendo y cuenta el tiempo lejos del ordenador como un descanso natural</translation>
        </message>
        <message>
            <source>A workstation checklist with a report you can export</source>
            <comment>description/li[5]</comment>
            <translation>Una lista de comprobación del puesto de trabajo con un informe que puedes exportar</translation>
        </message>
        <message>
            <source>Progress charts, kept on your computer only: nothing is ever sent anywhere</source>
            <comment>description/li[6]</comment>
            <translation>Gráficos de progreso guardados solo en tu ordenador: nunca se envía nada a ninguna parte</translation>
        </message>
        <message>
            <source>Organisation policy for fleets: locked settings and limits in /etc/deskcoach</source>
            <comment>description/li[7]</comment>
            <translation>Directivas de organización para flotas de equipos: ajustes bloqueados y límites en /etc/deskcoach</translation>
        </message>
        <message>
            <source>DeskCoach gives general movement guidance, not medical advice.</source>
            <comment>description/p[8]</comment>
            <translation>DeskCoach ofrece orientación general sobre movimiento, no consejo médico.</translation>
        </message>
    </context>
    <context>
        <name>adml</name>
        <message>
            <source>Movement-break reminders. Policies here are mandatory: users cannot change them. DeskCoach has no network code and reports nothing to the organisation.</source>
            <comment>DeskCoach_Help</comment>
            <translation>Recordatorios de descansos activos. Las directivas de aquí son obligatorias: los usuarios no pueden cambiarlas. DeskCoach no tiene código de red y no informa de nada a la organización.</translation>
        </message>
        <message>
            <source>Timing</source>
            <comment>Cat_Timing</comment>
            <translation>Tiempos</translation>
        </message>
        <message>
            <source>Putting breaks off</source>
            <comment>Cat_Putting_breaks_off</comment>
            <translation>Aplazar descansos</translation>
        </message>
        <message>
            <source>Sound</source>
            <comment>Cat_Sound</comment>
            <translation>Sonido</translation>
        </message>
        <message>
            <source>Exercises</source>
            <comment>Cat_Exercises</comment>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>Smart timing</source>
            <comment>Cat_Smart_timing</comment>
            <translation>Tiempos inteligentes</translation>
        </message>
        <message>
            <source>Workstation check</source>
            <comment>Cat_Workstation_check</comment>
            <translation>Revisión del puesto de trabajo</translation>
        </message>
        <message>
            <source>Progress</source>
            <comment>Cat_Progress</comment>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Eye breaks</source>
            <comment>Cat_Eye_breaks</comment>
            <translation>Descansos visuales</translation>
        </message>
        <message>
            <source>Daily routines</source>
            <comment>Cat_Daily_routines</comment>
            <translation>Rutinas diarias</translation>
        </message>
        <message>
            <source>Break window</source>
            <comment>Cat_Break_window</comment>
            <translation>Ventana de descanso</translation>
        </message>
        <message>
            <source>Appearance</source>
            <comment>Cat_Appearance</comment>
            <translation>Apariencia</translation>
        </message>
        <message>
            <source>Limits (users may only make these stricter)</source>
            <comment>Cat_Limits</comment>
            <translation>Límites (los usuarios solo pueden hacerlos más estrictos)</translation>
        </message>
        <message>
            <source>Features</source>
            <comment>Cat_Features</comment>
            <translation>Funciones</translation>
        </message>
        <message>
            <source>Recommended (users may change these)</source>
            <comment>Cat_Recommended</comment>
            <translation>Recomendado (los usuarios pueden cambiarlo)</translation>
        </message>
        <message>
            <source>Work interval</source>
            <comment>work_minutes</comment>
            <translation>Intervalo de trabajo</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-120 minutes. Built-in default: 40.

Registry: Software\Policies\DeskCoach, value work_minutes (REG_DWORD).</source>
            <comment>work_minutes_Help</comment>
            <translation>Minutos de trabajo entre descansos; se recomiendan 30-45.

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: 5-120 minutos. Valor integrado: 40.

Registro: Software\Policies\DeskCoach, valor work_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length</source>
            <comment>break_seconds</comment>
            <translation>Duración del descanso</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 30-600 seconds. Built-in default: 120.

Registry: Software\Policies\DeskCoach, value break_seconds (REG_DWORD).</source>
            <comment>break_seconds_Help</comment>
            <translation>Cuánto dura cada descanso activo.

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: 30-600 segundos. Valor integrado: 120.

Registro: Software\Policies\DeskCoach, valor break_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Notice before a break</source>
            <comment>notice_seconds</comment>
            <translation>Aviso antes de un descanso</translation>
        </message>
        <message>
            <source>How early the tray warns that a break is coming (0 = no notice).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-300 seconds. Built-in default: 60.

Registry: Software\Policies\DeskCoach, value notice_seconds (REG_DWORD).</source>
            <comment>notice_seconds_Help</comment>
            <translation>Con cuánta antelación avisa la bandeja del sistema de que se acerca un descanso (0 = sin aviso).

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: 0-300 segundos. Valor integrado: 60.

Registro: Software\Policies\DeskCoach, valor notice_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length</source>
            <comment>snooze_minutes</comment>
            <translation>Duración de posponer</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach, value snooze_minutes (REG_DWORD).</source>
            <comment>snooze_minutes_Help</comment>
            <translation>Cuánto tiempo aplaza un descanso el botón Posponer.

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: 1-30 minutos. Valor integrado: 5.

Registro: Software\Policies\DeskCoach, valor snooze_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break</source>
            <comment>snoozes_per_break</comment>
            <translation>Veces que se puede posponer</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-5. Built-in default: 2.

Registry: Software\Policies\DeskCoach, value snoozes_per_break (REG_DWORD).</source>
            <comment>snoozes_per_break_Help</comment>
            <translation>Cuántas veces se puede posponer un mismo descanso.

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: 0-5. Valor integrado: 2.

Registro: Software\Policies\DeskCoach, valor snoozes_per_break (REG_DWORD).</translation>
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
            <translation>Sin límite</translation>
        </message>
        <message>
            <source>Skips per day</source>
            <comment>daily_skip_budget</comment>
            <translation>Saltos por día</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-20, or -1 for unlimited. Built-in default: 3.

Registry: Software\Policies\DeskCoach, value daily_skip_budget (REG_DWORD).

The list offers 0-20 and unlimited (-1), stored as 4294967295.</source>
            <comment>daily_skip_budget_Help</comment>
            <translation>Cuántos descansos se pueden saltar cada día.

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: 0-20, o -1 para sin límite. Valor integrado: 3.

Registro: Software\Policies\DeskCoach, valor daily_skip_budget (REG_DWORD).

La lista ofrece 0-20 y sin límite (-1), guardado como 4294967295.</translation>
        </message>
        <message>
            <source>Strict mode</source>
            <comment>strict_mode</comment>
            <translation>Modo estricto</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value strict_mode (REG_DWORD).</source>
            <comment>strict_mode_Help</comment>
            <translation>Los descansos no se pueden saltar ni posponer.

Habilitado: activado (bloqueado).
Deshabilitado: desactivado (bloqueado).
No configurado: se aplica la elección del propio usuario.

Permitido: activado o desactivado. Valor integrado: desactivado.

Registro: Software\Policies\DeskCoach, valor strict_mode (REG_DWORD).</translation>
        </message>
        <message>
            <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value sound (REG_DWORD).</source>
            <comment>sound_Help</comment>
            <translation>Reproduce un aviso suave al empezar y al terminar un descanso (nunca mientras una reunión retiene los descansos).

Habilitado: activado (bloqueado).
Deshabilitado: desactivado (bloqueado).
No configurado: se aplica la elección del propio usuario.

Permitido: activado o desactivado. Valor integrado: activado.

Registro: Software\Policies\DeskCoach, valor sound (REG_DWORD).</translation>
        </message>
        <message>
            <source>Start at login</source>
            <comment>start_at_login</comment>
            <translation>Iniciar al iniciar sesión</translation>
        </message>
        <message>
            <source>Start DeskCoach when you log in.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value start_at_login (REG_DWORD).</source>
            <comment>start_at_login_Help</comment>
            <translation>Inicia DeskCoach al iniciar sesión.

Habilitado: activado (bloqueado).
Deshabilitado: desactivado (bloqueado).
No configurado: se aplica la elección del propio usuario.

Permitido: activado o desactivado. Valor integrado: activado.

Registro: Software\Policies\DeskCoach, valor start_at_login (REG_DWORD).</translation>
        </message>
        <message>
            <source>Reduced motion</source>
            <comment>reduced_motion</comment>
            <translation>Movimiento reducido</translation>
        </message>
        <message>
            <source>Show still key poses instead of animations.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value reduced_motion (REG_DWORD).</source>
            <comment>reduced_motion_Help</comment>
            <translation>Muestra posturas clave fijas en lugar de animaciones.

Habilitado: activado (bloqueado).
Deshabilitado: desactivado (bloqueado).
No configurado: se aplica la elección del propio usuario.

Permitido: activado o desactivado. Valor integrado: desactivado.

Registro: Software\Policies\DeskCoach, valor reduced_motion (REG_DWORD).</translation>
        </message>
        <message>
            <source>Seated only</source>
            <comment>seated_only</comment>
            <translation>Solo sentado</translation>
        </message>
        <message>
            <source>Only suggest exercises that can be done sitting down.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value seated_only (REG_DWORD).</source>
            <comment>seated_only_Help</comment>
            <translation>Sugerir solo ejercicios que se pueden hacer sentado.

Habilitado: activado (bloqueado).
Deshabilitado: desactivado (bloqueado).
No configurado: se aplica la elección del propio usuario.

Permitido: activado o desactivado. Valor integrado: desactivado.

Registro: Software\Policies\DeskCoach, valor seated_only (REG_DWORD).</translation>
        </message>
        <message>
            <source>any</source>
            <comment>spine_preference_any</comment>
            <translation>cualquiera</translation>
        </message>
        <message>
            <source>extension</source>
            <comment>spine_preference_extension</comment>
            <translation>extensión</translation>
        </message>
        <message>
            <source>flexion</source>
            <comment>spine_preference_flexion</comment>
            <translation>flexión</translation>
        </message>
        <message>
            <source>Back movements</source>
            <comment>spine_preference</comment>
            <translation>Movimientos de espalda</translation>
        </message>
        <message>
            <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: any | extension | flexion. Built-in default: any.

Registry: Software\Policies\DeskCoach, value spine_preference (REG_SZ).</source>
            <comment>spine_preference_Help</comment>
            <translation>Deja fuera las flexiones hacia delante (flexión) o hacia atrás (extensión) si alguna de ellas no te sienta bien.

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: any | extension | flexion. Valor integrado: any.

Registro: Software\Policies\DeskCoach, valor spine_preference (REG_SZ).</translation>
        </message>
        <message>
            <source>Regions to leave out</source>
            <comment>avoid_regions</comment>
            <translation>Zonas que excluir</translation>
        </message>
        <message>
            <source>Body regions DeskCoach should not suggest exercises for.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: a list of up to 64 of: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach, value avoid_regions (REG_MULTI_SZ).</source>
            <comment>avoid_regions_Help</comment>
            <translation>Zonas del cuerpo para las que DeskCoach no debe sugerir ejercicios.

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: una lista de hasta 64 de: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (uno por línea). Valor integrado: (ninguno).

Registro: Software\Policies\DeskCoach, valor avoid_regions (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Exercises to leave out</source>
            <comment>avoid_exercises</comment>
            <translation>Ejercicios que excluir</translation>
        </message>
        <message>
            <source>Exercises DeskCoach should never suggest.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: a list of up to 64 of: exercise ids (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach, value avoid_exercises (REG_MULTI_SZ).</source>
            <comment>avoid_exercises_Help</comment>
            <translation>Ejercicios que DeskCoach no debe sugerir nunca.

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: una lista de hasta 64 de: ids de ejercicios (uno por línea). Valor integrado: (ninguno).

Registro: Software\Policies\DeskCoach, valor avoid_exercises (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Away after</source>
            <comment>idle_minutes</comment>
            <translation>Ausente tras</translation>
        </message>
        <message>
            <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break's length counts as a natural break.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach, value idle_minutes (REG_DWORD).</source>
            <comment>idle_minutes_Help</comment>
            <translation>Minutos sin teclado ni ratón tras los que se detiene el temporizador de trabajo; volver después de al menos la duración de un descanso cuenta como descanso natural.

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: 1-30 minutos. Valor integrado: 5.

Registro: Software\Policies\DeskCoach, valor idle_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for full-screen apps</source>
            <comment>defer_fullscreen</comment>
            <translation>Esperar a las aplicaciones a pantalla completa</translation>
        </message>
        <message>
            <source>Hold a break while a full-screen app or presentation is in front.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value defer_fullscreen (REG_DWORD).</source>
            <comment>defer_fullscreen_Help</comment>
            <translation>Retiene un descanso mientras hay delante una aplicación a pantalla completa o una presentación.

Habilitado: activado (bloqueado).
Deshabilitado: desactivado (bloqueado).
No configurado: se aplica la elección del propio usuario.

Permitido: activado o desactivado. Valor integrado: activado.

Registro: Software\Policies\DeskCoach, valor defer_fullscreen (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for meetings</source>
            <comment>defer_meetings</comment>
            <translation>Esperar a las reuniones</translation>
        </message>
        <message>
            <source>Hold a break while another app uses the camera or microphone.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value defer_meetings (REG_DWORD).</source>
            <comment>defer_meetings_Help</comment>
            <translation>Retiene un descanso mientras otra aplicación usa la cámara o el micrófono.

Habilitado: activado (bloqueado).
Deshabilitado: desactivado (bloqueado).
No configurado: se aplica la elección del propio usuario.

Permitido: activado o desactivado. Valor integrado: activado.

Registro: Software\Policies\DeskCoach, valor defer_meetings (REG_DWORD).</translation>
        </message>
        <message>
            <source>Longest wait</source>
            <comment>max_defer_minutes</comment>
            <translation>Espera máxima</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-240 minutes. Built-in default: 60.

Registry: Software\Policies\DeskCoach, value max_defer_minutes (REG_DWORD).</source>
            <comment>max_defer_minutes_Help</comment>
            <translation>Pasado este tiempo, un descanso retenido te lo recuerda con suavidad.

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: 5-240 minutos. Valor integrado: 60.

Registro: Software\Policies\DeskCoach, valor max_defer_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Working hours</source>
            <comment>working_hours</comment>
            <translation>Horario de trabajo</translation>
        </message>
        <message>
            <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always. Built-in default: (empty).

Registry: Software\Policies\DeskCoach, value working_hours (REG_SZ).</source>
            <comment>working_hours_Help</comment>
            <translation>p. ej. mon-fri 08:30-12:30,13:30-17:30; vacío significa siempre.

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: p. ej. mon-fri 08:30-12:30,13:30-17:30; vacío significa siempre. Valor integrado: (vacío).

Registro: Software\Policies\DeskCoach, valor working_hours (REG_SZ).</translation>
        </message>
        <message>
            <source>Checklist reminders</source>
            <comment>checklist_reminders</comment>
            <translation>Recordatorios de la lista</translation>
        </message>
        <message>
            <source>Remind me of open workstation actions and when a fresh check is due.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value checklist_reminders (REG_DWORD).</source>
            <comment>checklist_reminders_Help</comment>
            <translation>Recordarme las acciones pendientes del puesto de trabajo y cuándo toca una nueva revisión.

Habilitado: activado (bloqueado).
Deshabilitado: desactivado (bloqueado).
No configurado: se aplica la elección del propio usuario.

Permitido: activado o desactivado. Valor integrado: activado.

Registro: Software\Policies\DeskCoach, valor checklist_reminders (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after</source>
            <comment>reassess_months</comment>
            <translation>Nueva revisión tras</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-24 months. Built-in default: 6.

Registry: Software\Policies\DeskCoach, value reassess_months (REG_DWORD).</source>
            <comment>reassess_months_Help</comment>
            <translation>Meses tras una revisión del puesto de trabajo hasta que DeskCoach sugiere una nueva.

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: 1-24 meses. Valor integrado: 6.

Registro: Software\Policies\DeskCoach, valor reassess_months (REG_DWORD).</translation>
        </message>
        <message>
            <source>Streak goal</source>
            <comment>goal_percent</comment>
            <translation>Objetivo de racha</translation>
        </message>
        <message>
            <source>The share of the day's due breaks to take for the day to join your streak on the progress dashboard.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 10-100 %. Built-in default: 80.

Registry: Software\Policies\DeskCoach, value goal_percent (REG_DWORD).</source>
            <comment>goal_percent_Help</comment>
            <translation>La parte de los descansos previstos del día que hay que realizar para que el día cuente en tu racha del panel de progreso.

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: 10-100 %. Valor integrado: 80.

Registro: Software\Policies\DeskCoach, valor goal_percent (REG_DWORD).</translation>
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
            <translation>Desactivado</translation>
        </message>
        <message>
            <source>Eye breaks every</source>
            <comment>eye_break_minutes</comment>
            <translation>Descanso visual cada</translation>
        </message>
        <message>
            <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-60 minutes, or 0 for off. Built-in default: 20.

Registry: Software\Policies\DeskCoach, value eye_break_minutes (REG_DWORD).

The list offers 5-60 and off (0), stored as 0.</source>
            <comment>eye_break_minutes_Help</comment>
            <translation>Un aviso de 20 segundos para mirar a lo lejos, entre descansos activos (0 = desactivado).

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: 5-60 minutos, o 0 para desactivado. Valor integrado: 20.

Registro: Software\Policies\DeskCoach, valor eye_break_minutes (REG_DWORD).

La lista ofrece 5-60 y desactivado (0), guardado como 0.</translation>
        </message>
        <message>
            <source>Daily anchors</source>
            <comment>daily_anchors</comment>
            <translation>Anclas diarias</translation>
        </message>
        <message>
            <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none. Built-in default: (empty).

Registry: Software\Policies\DeskCoach, value daily_anchors (REG_SZ).</source>
            <comment>daily_anchors_Help</comment>
            <translation>Rutinas opcionales de cinco minutos en momentos que ya tienes, p. ej. coffee 08:30, lunch 12:30, end of day 17:15; vacío significa ninguna.

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: Rutinas opcionales de cinco minutos en momentos que ya tienes, p. ej. coffee 08:30, lunch 12:30, end of day 17:15; vacío significa ninguna. Valor integrado: (vacío).

Registro: Software\Policies\DeskCoach, valor daily_anchors (REG_SZ).</translation>
        </message>
        <message>
            <source>Volume</source>
            <comment>sound_volume</comment>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>How loud the break cues are.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-100 %. Built-in default: 60.

Registry: Software\Policies\DeskCoach, value sound_volume (REG_DWORD).</source>
            <comment>sound_volume_Help</comment>
            <translation>El volumen de los avisos de descanso.

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: 0-100 %. Valor integrado: 60.

Registro: Software\Policies\DeskCoach, valor sound_volume (REG_DWORD).</translation>
        </message>
        <message>
            <source>chime</source>
            <comment>sound_cue_chime</comment>
            <translation>campanilla</translation>
        </message>
        <message>
            <source>bell</source>
            <comment>sound_cue_bell</comment>
            <translation>campana</translation>
        </message>
        <message>
            <source>soft</source>
            <comment>sound_cue_soft</comment>
            <translation>suave</translation>
        </message>
        <message>
            <source>Cue</source>
            <comment>sound_cue</comment>
            <translation>Aviso sonoro</translation>
        </message>
        <message>
            <source>Which of DeskCoach's sounds the cues use.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: chime | bell | soft. Built-in default: chime.

Registry: Software\Policies\DeskCoach, value sound_cue (REG_SZ).</source>
            <comment>sound_cue_Help</comment>
            <translation>Qué sonido de DeskCoach usan los avisos.

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: chime | bell | soft. Valor integrado: chime.

Registro: Software\Policies\DeskCoach, valor sound_cue (REG_SZ).</translation>
        </message>
        <message>
            <source>pointer</source>
            <comment>break_screens_pointer</comment>
            <translation>puntero</translation>
        </message>
        <message>
            <source>primary</source>
            <comment>break_screens_primary</comment>
            <translation>principal</translation>
        </message>
        <message>
            <source>all</source>
            <comment>break_screens_all</comment>
            <translation>todas</translation>
        </message>
        <message>
            <source>Break window on</source>
            <comment>break_screens</comment>
            <translation>Ventana de descanso en</translation>
        </message>
        <message>
            <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer's screen and a calm dimmed panel on the others (it never blocks input).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: pointer | primary | all. Built-in default: pointer.

Registry: Software\Policies\DeskCoach, value break_screens (REG_SZ).</source>
            <comment>break_screens_Help</comment>
            <translation>puntero: la pantalla con el puntero del ratón; principal: la pantalla principal; todas: el descanso en la pantalla del puntero y un panel atenuado y tranquilo en las demás (nunca bloquea la entrada).

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: pointer | primary | all. Valor integrado: pointer.

Registro: Software\Policies\DeskCoach, valor break_screens (REG_SZ).</translation>
        </message>
        <message>
            <source>system</source>
            <comment>theme_system</comment>
            <translation>sistema</translation>
        </message>
        <message>
            <source>light</source>
            <comment>theme_light</comment>
            <translation>claro</translation>
        </message>
        <message>
            <source>dark</source>
            <comment>theme_dark</comment>
            <translation>oscuro</translation>
        </message>
        <message>
            <source>Colours</source>
            <comment>theme</comment>
            <translation>Colores</translation>
        </message>
        <message>
            <source>Light or dark windows; system follows your desktop's colour scheme.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: system | light | dark. Built-in default: system.

Registry: Software\Policies\DeskCoach, value theme (REG_SZ).</source>
            <comment>theme_Help</comment>
            <translation>Ventanas claras u oscuras; sistema sigue el esquema de colores de tu escritorio.

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: system | light | dark. Valor integrado: system.

Registro: Software\Policies\DeskCoach, valor theme (REG_SZ).</translation>
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
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The language of DeskCoach's menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Built-in default: system.

Registry: Software\Policies\DeskCoach, value language (REG_SZ).</source>
            <comment>language_Help</comment>
            <translation>El idioma de las ventanas, los ejercicios y los mensajes de DeskCoach; sistema sigue el de tu escritorio.

Habilitado: el valor queda bloqueado; el cuadro de ajustes lo muestra en gris con "Establecido por tu organización" y `deskcoach config set` se niega a cambiarlo.
No configurado: se aplica la elección del propio usuario.

Permitido: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Valor integrado: system.

Registro: Software\Policies\DeskCoach, valor language (REG_SZ).</translation>
        </message>
        <message>
            <source>Work interval: upper limit</source>
            <comment>Limit_work_minutes_max</comment>
            <translation>Intervalo de trabajo: límite superior</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 5-120 minutes.

Registry: Software\Policies\DeskCoach, value work_minutes.max (REG_DWORD).</source>
            <comment>Limit_work_minutes_max_Help</comment>
            <translation>Minutos de trabajo entre descansos; se recomiendan 30-45.

Habilitado: los usuarios solo pueden elegir como máximo este valor; un ajuste que lo supere se devuelve a él. Los límites solo hacen los ajustes más estrictos; si varias fuentes fijan uno, se aplica el más estricto.
No configurado: se permite todo el rango.

Permitido: 5-120 minutos.

Registro: Software\Policies\DeskCoach, valor work_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length: lower limit</source>
            <comment>Limit_break_seconds_min</comment>
            <translation>Duración del descanso: límite inferior</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: users may only choose at least this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 30-600 seconds.

Registry: Software\Policies\DeskCoach, value break_seconds.min (REG_DWORD).</source>
            <comment>Limit_break_seconds_min_Help</comment>
            <translation>Cuánto dura cada descanso activo.

Habilitado: los usuarios solo pueden elegir como mínimo este valor; un ajuste por debajo se devuelve a él. Los límites solo hacen los ajustes más estrictos; si varias fuentes fijan uno, se aplica el más estricto.
No configurado: se permite todo el rango.

Permitido: 30-600 segundos.

Registro: Software\Policies\DeskCoach, valor break_seconds.min (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length: upper limit</source>
            <comment>Limit_snooze_minutes_max</comment>
            <translation>Duración de posponer: límite superior</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 1-30 minutes.

Registry: Software\Policies\DeskCoach, value snooze_minutes.max (REG_DWORD).</source>
            <comment>Limit_snooze_minutes_max_Help</comment>
            <translation>Cuánto tiempo aplaza un descanso el botón Posponer.

Habilitado: los usuarios solo pueden elegir como máximo este valor; un ajuste que lo supere se devuelve a él. Los límites solo hacen los ajustes más estrictos; si varias fuentes fijan uno, se aplica el más estricto.
No configurado: se permite todo el rango.

Permitido: 1-30 minutos.

Registro: Software\Policies\DeskCoach, valor snooze_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break: upper limit</source>
            <comment>Limit_snoozes_per_break_max</comment>
            <translation>Veces que se puede posponer: límite superior</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 0-5.

Registry: Software\Policies\DeskCoach, value snoozes_per_break.max (REG_DWORD).</source>
            <comment>Limit_snoozes_per_break_max_Help</comment>
            <translation>Cuántas veces se puede posponer un mismo descanso.

Habilitado: los usuarios solo pueden elegir como máximo este valor; un ajuste que lo supere se devuelve a él. Los límites solo hacen los ajustes más estrictos; si varias fuentes fijan uno, se aplica el más estricto.
No configurado: se permite todo el rango.

Permitido: 0-5.

Registro: Software\Policies\DeskCoach, valor snoozes_per_break.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Skips per day: upper limit</source>
            <comment>Limit_daily_skip_budget_max</comment>
            <translation>Saltos por día: límite superior</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 0-20.

Registry: Software\Policies\DeskCoach, value daily_skip_budget.max (REG_DWORD).</source>
            <comment>Limit_daily_skip_budget_max_Help</comment>
            <translation>Cuántos descansos se pueden saltar cada día.

Habilitado: los usuarios solo pueden elegir como máximo este valor; un ajuste que lo supere se devuelve a él. Los límites solo hacen los ajustes más estrictos; si varias fuentes fijan uno, se aplica el más estricto.
No configurado: se permite todo el rango.

Permitido: 0-20.

Registro: Software\Policies\DeskCoach, valor daily_skip_budget.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Longest wait: upper limit</source>
            <comment>Limit_max_defer_minutes_max</comment>
            <translation>Espera máxima: límite superior</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 5-240 minutes.

Registry: Software\Policies\DeskCoach, value max_defer_minutes.max (REG_DWORD).</source>
            <comment>Limit_max_defer_minutes_max_Help</comment>
            <translation>Pasado este tiempo, un descanso retenido te lo recuerda con suavidad.

Habilitado: los usuarios solo pueden elegir como máximo este valor; un ajuste que lo supere se devuelve a él. Los límites solo hacen los ajustes más estrictos; si varias fuentes fijan uno, se aplica el más estricto.
No configurado: se permite todo el rango.

Permitido: 5-240 minutos.

Registro: Software\Policies\DeskCoach, valor max_defer_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after: upper limit</source>
            <comment>Limit_reassess_months_max</comment>
            <translation>Nueva revisión tras: límite superior</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 1-24 months.

Registry: Software\Policies\DeskCoach, value reassess_months.max (REG_DWORD).</source>
            <comment>Limit_reassess_months_max_Help</comment>
            <translation>Meses tras una revisión del puesto de trabajo hasta que DeskCoach sugiere una nueva.

Habilitado: los usuarios solo pueden elegir como máximo este valor; un ajuste que lo supere se devuelve a él. Los límites solo hacen los ajustes más estrictos; si varias fuentes fijan uno, se aplica el más estricto.
No configurado: se permite todo el rango.

Permitido: 1-24 meses.

Registro: Software\Policies\DeskCoach, valor reassess_months.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Strict mode: required</source>
            <comment>Limit_strict_mode_required</comment>
            <translation>Modo estricto: obligatorio</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: strict mode must be on; users cannot switch it off.
Disabled or Not configured: no requirement.

Registry: Software\Policies\DeskCoach, value strict_mode.required (REG_DWORD).</source>
            <comment>Limit_strict_mode_required_Help</comment>
            <translation>Los descansos no se pueden saltar ni posponer.

Habilitado: el modo estricto debe estar activado; los usuarios no pueden desactivarlo.
Deshabilitado o No configurado: sin requisito.

Registro: Software\Policies\DeskCoach, valor strict_mode.required (REG_DWORD).</translation>
        </message>
        <message>
            <source>Exporting statistics</source>
            <comment>Feature_statistics_export</comment>
            <translation>Exportar estadísticas</translation>
        </message>
        <message>
            <source>Exporting statistics (deskcoach stats --format csv/json, export).

Enabled: the feature is available.
Disabled: it is switched off for the user.
Not configured: available.

Registry: Software\Policies\DeskCoach, value statistics_export (REG_DWORD).</source>
            <comment>Feature_statistics_export_Help</comment>
            <translation>Exportar estadísticas (deskcoach stats --format csv/json, export).

Habilitado: la función está disponible.
Deshabilitado: queda desactivada para el usuario.
No configurado: disponible.

Registro: Software\Policies\DeskCoach, valor statistics_export (REG_DWORD).</translation>
        </message>
        <message>
            <source>Work interval (recommended)</source>
            <comment>Recommended_work_minutes</comment>
            <translation>Intervalo de trabajo (recomendado)</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-120 minutes. Built-in default: 40.

Registry: Software\Policies\DeskCoach\Recommended, value work_minutes (REG_DWORD).</source>
            <comment>Recommended_work_minutes_Help</comment>
            <translation>Minutos de trabajo entre descansos; se recomiendan 30-45.

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: 5-120 minutos. Valor integrado: 40.

Registro: Software\Policies\DeskCoach\Recommended, valor work_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length (recommended)</source>
            <comment>Recommended_break_seconds</comment>
            <translation>Duración del descanso (recomendado)</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 30-600 seconds. Built-in default: 120.

Registry: Software\Policies\DeskCoach\Recommended, value break_seconds (REG_DWORD).</source>
            <comment>Recommended_break_seconds_Help</comment>
            <translation>Cuánto dura cada descanso activo.

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: 30-600 segundos. Valor integrado: 120.

Registro: Software\Policies\DeskCoach\Recommended, valor break_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Notice before a break (recommended)</source>
            <comment>Recommended_notice_seconds</comment>
            <translation>Aviso antes de un descanso (recomendado)</translation>
        </message>
        <message>
            <source>How early the tray warns that a break is coming (0 = no notice).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-300 seconds. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value notice_seconds (REG_DWORD).</source>
            <comment>Recommended_notice_seconds_Help</comment>
            <translation>Con cuánta antelación avisa la bandeja del sistema de que se acerca un descanso (0 = sin aviso).

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: 0-300 segundos. Valor integrado: 60.

Registro: Software\Policies\DeskCoach\Recommended, valor notice_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length (recommended)</source>
            <comment>Recommended_snooze_minutes</comment>
            <translation>Duración de posponer (recomendado)</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach\Recommended, value snooze_minutes (REG_DWORD).</source>
            <comment>Recommended_snooze_minutes_Help</comment>
            <translation>Cuánto tiempo aplaza un descanso el botón Posponer.

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: 1-30 minutos. Valor integrado: 5.

Registro: Software\Policies\DeskCoach\Recommended, valor snooze_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break (recommended)</source>
            <comment>Recommended_snoozes_per_break</comment>
            <translation>Veces que se puede posponer (recomendado)</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-5. Built-in default: 2.

Registry: Software\Policies\DeskCoach\Recommended, value snoozes_per_break (REG_DWORD).</source>
            <comment>Recommended_snoozes_per_break_Help</comment>
            <translation>Cuántas veces se puede posponer un mismo descanso.

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: 0-5. Valor integrado: 2.

Registro: Software\Policies\DeskCoach\Recommended, valor snoozes_per_break (REG_DWORD).</translation>
        </message>
        <message>
            <source>Skips per day (recommended)</source>
            <comment>Recommended_daily_skip_budget</comment>
            <translation>Saltos por día (recomendado)</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-20, or -1 for unlimited. Built-in default: 3.

Registry: Software\Policies\DeskCoach\Recommended, value daily_skip_budget (REG_DWORD).

The list offers 0-20 and unlimited (-1), stored as 4294967295.</source>
            <comment>Recommended_daily_skip_budget_Help</comment>
            <translation>Cuántos descansos se pueden saltar cada día.

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: 0-20, o -1 para sin límite. Valor integrado: 3.

Registro: Software\Policies\DeskCoach\Recommended, valor daily_skip_budget (REG_DWORD).

La lista ofrece 0-20 y sin límite (-1), guardado como 4294967295.</translation>
        </message>
        <message>
            <source>Strict mode (recommended)</source>
            <comment>Recommended_strict_mode</comment>
            <translation>Modo estricto (recomendado)</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value strict_mode (REG_DWORD).</source>
            <comment>Recommended_strict_mode_Help</comment>
            <translation>Los descansos no se pueden saltar ni posponer.

Habilitado: activado.
Deshabilitado: desactivado.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: activado o desactivado. Valor integrado: desactivado.

Registro: Software\Policies\DeskCoach\Recommended, valor strict_mode (REG_DWORD).</translation>
        </message>
        <message>
            <source>Sound (recommended)</source>
            <comment>Recommended_sound</comment>
            <translation>Sonido (recomendado)</translation>
        </message>
        <message>
            <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value sound (REG_DWORD).</source>
            <comment>Recommended_sound_Help</comment>
            <translation>Reproduce un aviso suave al empezar y al terminar un descanso (nunca mientras una reunión retiene los descansos).

Habilitado: activado.
Deshabilitado: desactivado.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: activado o desactivado. Valor integrado: activado.

Registro: Software\Policies\DeskCoach\Recommended, valor sound (REG_DWORD).</translation>
        </message>
        <message>
            <source>Start at login (recommended)</source>
            <comment>Recommended_start_at_login</comment>
            <translation>Iniciar al iniciar sesión (recomendado)</translation>
        </message>
        <message>
            <source>Start DeskCoach when you log in.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value start_at_login (REG_DWORD).</source>
            <comment>Recommended_start_at_login_Help</comment>
            <translation>Inicia DeskCoach al iniciar sesión.

Habilitado: activado.
Deshabilitado: desactivado.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: activado o desactivado. Valor integrado: activado.

Registro: Software\Policies\DeskCoach\Recommended, valor start_at_login (REG_DWORD).</translation>
        </message>
        <message>
            <source>Reduced motion (recommended)</source>
            <comment>Recommended_reduced_motion</comment>
            <translation>Movimiento reducido (recomendado)</translation>
        </message>
        <message>
            <source>Show still key poses instead of animations.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value reduced_motion (REG_DWORD).</source>
            <comment>Recommended_reduced_motion_Help</comment>
            <translation>Muestra posturas clave fijas en lugar de animaciones.

Habilitado: activado.
Deshabilitado: desactivado.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: activado o desactivado. Valor integrado: desactivado.

Registro: Software\Policies\DeskCoach\Recommended, valor reduced_motion (REG_DWORD).</translation>
        </message>
        <message>
            <source>Seated only (recommended)</source>
            <comment>Recommended_seated_only</comment>
            <translation>Solo sentado (recomendado)</translation>
        </message>
        <message>
            <source>Only suggest exercises that can be done sitting down.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value seated_only (REG_DWORD).</source>
            <comment>Recommended_seated_only_Help</comment>
            <translation>Sugerir solo ejercicios que se pueden hacer sentado.

Habilitado: activado.
Deshabilitado: desactivado.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: activado o desactivado. Valor integrado: desactivado.

Registro: Software\Policies\DeskCoach\Recommended, valor seated_only (REG_DWORD).</translation>
        </message>
        <message>
            <source>Back movements (recommended)</source>
            <comment>Recommended_spine_preference</comment>
            <translation>Movimientos de espalda (recomendado)</translation>
        </message>
        <message>
            <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: any | extension | flexion. Built-in default: any.

Registry: Software\Policies\DeskCoach\Recommended, value spine_preference (REG_SZ).</source>
            <comment>Recommended_spine_preference_Help</comment>
            <translation>Deja fuera las flexiones hacia delante (flexión) o hacia atrás (extensión) si alguna de ellas no te sienta bien.

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: any | extension | flexion. Valor integrado: any.

Registro: Software\Policies\DeskCoach\Recommended, valor spine_preference (REG_SZ).</translation>
        </message>
        <message>
            <source>Regions to leave out (recommended)</source>
            <comment>Recommended_avoid_regions</comment>
            <translation>Zonas que excluir (recomendado)</translation>
        </message>
        <message>
            <source>Body regions DeskCoach should not suggest exercises for.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: a list of up to 64 of: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach\Recommended, value avoid_regions (REG_MULTI_SZ).</source>
            <comment>Recommended_avoid_regions_Help</comment>
            <translation>Zonas del cuerpo para las que DeskCoach no debe sugerir ejercicios.

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: una lista de hasta 64 de: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (uno por línea). Valor integrado: (ninguno).

Registro: Software\Policies\DeskCoach\Recommended, valor avoid_regions (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Exercises to leave out (recommended)</source>
            <comment>Recommended_avoid_exercises</comment>
            <translation>Ejercicios que excluir (recomendado)</translation>
        </message>
        <message>
            <source>Exercises DeskCoach should never suggest.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: a list of up to 64 of: exercise ids (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach\Recommended, value avoid_exercises (REG_MULTI_SZ).</source>
            <comment>Recommended_avoid_exercises_Help</comment>
            <translation>Ejercicios que DeskCoach no debe sugerir nunca.

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: una lista de hasta 64 de: ids de ejercicios (uno por línea). Valor integrado: (ninguno).

Registro: Software\Policies\DeskCoach\Recommended, valor avoid_exercises (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Away after (recommended)</source>
            <comment>Recommended_idle_minutes</comment>
            <translation>Ausente tras (recomendado)</translation>
        </message>
        <message>
            <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break's length counts as a natural break.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach\Recommended, value idle_minutes (REG_DWORD).</source>
            <comment>Recommended_idle_minutes_Help</comment>
            <translation>Minutos sin teclado ni ratón tras los que se detiene el temporizador de trabajo; volver después de al menos la duración de un descanso cuenta como descanso natural.

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: 1-30 minutos. Valor integrado: 5.

Registro: Software\Policies\DeskCoach\Recommended, valor idle_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for full-screen apps (recommended)</source>
            <comment>Recommended_defer_fullscreen</comment>
            <translation>Esperar a las aplicaciones a pantalla completa (recomendado)</translation>
        </message>
        <message>
            <source>Hold a break while a full-screen app or presentation is in front.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value defer_fullscreen (REG_DWORD).</source>
            <comment>Recommended_defer_fullscreen_Help</comment>
            <translation>Retiene un descanso mientras hay delante una aplicación a pantalla completa o una presentación.

Habilitado: activado.
Deshabilitado: desactivado.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: activado o desactivado. Valor integrado: activado.

Registro: Software\Policies\DeskCoach\Recommended, valor defer_fullscreen (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for meetings (recommended)</source>
            <comment>Recommended_defer_meetings</comment>
            <translation>Esperar a las reuniones (recomendado)</translation>
        </message>
        <message>
            <source>Hold a break while another app uses the camera or microphone.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value defer_meetings (REG_DWORD).</source>
            <comment>Recommended_defer_meetings_Help</comment>
            <translation>Retiene un descanso mientras otra aplicación usa la cámara o el micrófono.

Habilitado: activado.
Deshabilitado: desactivado.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: activado o desactivado. Valor integrado: activado.

Registro: Software\Policies\DeskCoach\Recommended, valor defer_meetings (REG_DWORD).</translation>
        </message>
        <message>
            <source>Longest wait (recommended)</source>
            <comment>Recommended_max_defer_minutes</comment>
            <translation>Espera máxima (recomendado)</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-240 minutes. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value max_defer_minutes (REG_DWORD).</source>
            <comment>Recommended_max_defer_minutes_Help</comment>
            <translation>Pasado este tiempo, un descanso retenido te lo recuerda con suavidad.

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: 5-240 minutos. Valor integrado: 60.

Registro: Software\Policies\DeskCoach\Recommended, valor max_defer_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Working hours (recommended)</source>
            <comment>Recommended_working_hours</comment>
            <translation>Horario de trabajo (recomendado)</translation>
        </message>
        <message>
            <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always. Built-in default: (empty).

Registry: Software\Policies\DeskCoach\Recommended, value working_hours (REG_SZ).</source>
            <comment>Recommended_working_hours_Help</comment>
            <translation>p. ej. mon-fri 08:30-12:30,13:30-17:30; vacío significa siempre.

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: p. ej. mon-fri 08:30-12:30,13:30-17:30; vacío significa siempre. Valor integrado: (vacío).

Registro: Software\Policies\DeskCoach\Recommended, valor working_hours (REG_SZ).</translation>
        </message>
        <message>
            <source>Checklist reminders (recommended)</source>
            <comment>Recommended_checklist_reminders</comment>
            <translation>Recordatorios de la lista (recomendado)</translation>
        </message>
        <message>
            <source>Remind me of open workstation actions and when a fresh check is due.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value checklist_reminders (REG_DWORD).</source>
            <comment>Recommended_checklist_reminders_Help</comment>
            <translation>Recordarme las acciones pendientes del puesto de trabajo y cuándo toca una nueva revisión.

Habilitado: activado.
Deshabilitado: desactivado.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: activado o desactivado. Valor integrado: activado.

Registro: Software\Policies\DeskCoach\Recommended, valor checklist_reminders (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after (recommended)</source>
            <comment>Recommended_reassess_months</comment>
            <translation>Nueva revisión tras (recomendado)</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-24 months. Built-in default: 6.

Registry: Software\Policies\DeskCoach\Recommended, value reassess_months (REG_DWORD).</source>
            <comment>Recommended_reassess_months_Help</comment>
            <translation>Meses tras una revisión del puesto de trabajo hasta que DeskCoach sugiere una nueva.

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: 1-24 meses. Valor integrado: 6.

Registro: Software\Policies\DeskCoach\Recommended, valor reassess_months (REG_DWORD).</translation>
        </message>
        <message>
            <source>Streak goal (recommended)</source>
            <comment>Recommended_goal_percent</comment>
            <translation>Objetivo de racha (recomendado)</translation>
        </message>
        <message>
            <source>The share of the day's due breaks to take for the day to join your streak on the progress dashboard.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 10-100 %. Built-in default: 80.

Registry: Software\Policies\DeskCoach\Recommended, value goal_percent (REG_DWORD).</source>
            <comment>Recommended_goal_percent_Help</comment>
            <translation>La parte de los descansos previstos del día que hay que realizar para que el día cuente en tu racha del panel de progreso.

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: 10-100 %. Valor integrado: 80.

Registro: Software\Policies\DeskCoach\Recommended, valor goal_percent (REG_DWORD).</translation>
        </message>
        <message>
            <source>Eye breaks every (recommended)</source>
            <comment>Recommended_eye_break_minutes</comment>
            <translation>Descanso visual cada (recomendado)</translation>
        </message>
        <message>
            <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-60 minutes, or 0 for off. Built-in default: 20.

Registry: Software\Policies\DeskCoach\Recommended, value eye_break_minutes (REG_DWORD).

The list offers 5-60 and off (0), stored as 0.</source>
            <comment>Recommended_eye_break_minutes_Help</comment>
            <translation>Un aviso de 20 segundos para mirar a lo lejos, entre descansos activos (0 = desactivado).

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: 5-60 minutos, o 0 para desactivado. Valor integrado: 20.

Registro: Software\Policies\DeskCoach\Recommended, valor eye_break_minutes (REG_DWORD).

La lista ofrece 5-60 y desactivado (0), guardado como 0.</translation>
        </message>
        <message>
            <source>Daily anchors (recommended)</source>
            <comment>Recommended_daily_anchors</comment>
            <translation>Anclas diarias (recomendado)</translation>
        </message>
        <message>
            <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none. Built-in default: (empty).

Registry: Software\Policies\DeskCoach\Recommended, value daily_anchors (REG_SZ).</source>
            <comment>Recommended_daily_anchors_Help</comment>
            <translation>Rutinas opcionales de cinco minutos en momentos que ya tienes, p. ej. coffee 08:30, lunch 12:30, end of day 17:15; vacío significa ninguna.

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: Rutinas opcionales de cinco minutos en momentos que ya tienes, p. ej. coffee 08:30, lunch 12:30, end of day 17:15; vacío significa ninguna. Valor integrado: (vacío).

Registro: Software\Policies\DeskCoach\Recommended, valor daily_anchors (REG_SZ).</translation>
        </message>
        <message>
            <source>Volume (recommended)</source>
            <comment>Recommended_sound_volume</comment>
            <translation>Volumen (recomendado)</translation>
        </message>
        <message>
            <source>How loud the break cues are.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-100 %. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value sound_volume (REG_DWORD).</source>
            <comment>Recommended_sound_volume_Help</comment>
            <translation>El volumen de los avisos de descanso.

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: 0-100 %. Valor integrado: 60.

Registro: Software\Policies\DeskCoach\Recommended, valor sound_volume (REG_DWORD).</translation>
        </message>
        <message>
            <source>Cue (recommended)</source>
            <comment>Recommended_sound_cue</comment>
            <translation>Aviso sonoro (recomendado)</translation>
        </message>
        <message>
            <source>Which of DeskCoach's sounds the cues use.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: chime | bell | soft. Built-in default: chime.

Registry: Software\Policies\DeskCoach\Recommended, value sound_cue (REG_SZ).</source>
            <comment>Recommended_sound_cue_Help</comment>
            <translation>Qué sonido de DeskCoach usan los avisos.

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: chime | bell | soft. Valor integrado: chime.

Registro: Software\Policies\DeskCoach\Recommended, valor sound_cue (REG_SZ).</translation>
        </message>
        <message>
            <source>Break window on (recommended)</source>
            <comment>Recommended_break_screens</comment>
            <translation>Ventana de descanso en (recomendado)</translation>
        </message>
        <message>
            <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer's screen and a calm dimmed panel on the others (it never blocks input).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: pointer | primary | all. Built-in default: pointer.

Registry: Software\Policies\DeskCoach\Recommended, value break_screens (REG_SZ).</source>
            <comment>Recommended_break_screens_Help</comment>
            <translation>puntero: la pantalla con el puntero del ratón; principal: la pantalla principal; todas: el descanso en la pantalla del puntero y un panel atenuado y tranquilo en las demás (nunca bloquea la entrada).

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: pointer | primary | all. Valor integrado: pointer.

Registro: Software\Policies\DeskCoach\Recommended, valor break_screens (REG_SZ).</translation>
        </message>
        <message>
            <source>Colours (recommended)</source>
            <comment>Recommended_theme</comment>
            <translation>Colores (recomendado)</translation>
        </message>
        <message>
            <source>Light or dark windows; system follows your desktop's colour scheme.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: system | light | dark. Built-in default: system.

Registry: Software\Policies\DeskCoach\Recommended, value theme (REG_SZ).</source>
            <comment>Recommended_theme_Help</comment>
            <translation>Ventanas claras u oscuras; sistema sigue el esquema de colores de tu escritorio.

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: system | light | dark. Valor integrado: system.

Registro: Software\Policies\DeskCoach\Recommended, valor theme (REG_SZ).</translation>
        </message>
        <message>
            <source>Language (recommended)</source>
            <comment>Recommended_language</comment>
            <translation>Idioma (recomendado)</translation>
        </message>
        <message>
            <source>The language of DeskCoach's menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Built-in default: system.

Registry: Software\Policies\DeskCoach\Recommended, value language (REG_SZ).</source>
            <comment>Recommended_language_Help</comment>
            <translation>El idioma de las ventanas, los ejercicios y los mensajes de DeskCoach; sistema sigue el de tu escritorio.

Habilitado: el valor se aplica hasta que el usuario lo cambie en los ajustes.
No configurado: se aplica el valor predeterminado del equipo de DeskCoach o el integrado.

Permitido: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Valor integrado: system.

Registro: Software\Policies\DeskCoach\Recommended, valor language (REG_SZ).</translation>
        </message>
        <message>
            <source>DeskCoach 0.1 or later</source>
            <comment>SUPPORTED_DeskCoach_0_1</comment>
            <translation>DeskCoach 0.1 o posterior</translation>
        </message>
    </context>
    <context>
        <name>man</name>
        <message>
            <source>.SH NAME
deskcoach \- calm system-tray coach for short movement breaks</source>
            <comment>block 1</comment>
            <translation>.SH NAME
deskcoach \- asistente tranquilo en la bandeja del sistema para descansos activos breves</translation>
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
ejecuta un temporizador de trabajo en la bandeja del sistema y, cuando toca un descanso, guía un breve descanso activo en pantalla sin quitar el foco del teclado. Sin
.IR COMMAND ,
inicia la aplicación de la bandeja; si ya está en marcha para este usuario, no se inicia nada más. Las demás órdenes muestran información o controlan la aplicación en marcha.</translation>
        </message>
        <message>
            <source>.PP
DeskCoach gives general movement guidance, not medical advice.</source>
            <comment>block 4</comment>
            <translation>.PP
DeskCoach ofrece orientación general sobre movimiento, no consejo médico.</translation>
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
Guarda todos los ajustes y datos en
.I DIR
(modo portátil) en lugar de en las carpetas de cada usuario.</translation>
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
Ejecuta cada duración
.I N
veces más rápido (demostraciones y pruebas).</translation>
        </message>
        <message>
            <source>.TP
.B \-\-version
Print the version and exit.</source>
            <comment>block 8</comment>
            <translation>.TP
.B \-\-version
Muestra la versión y sale.</translation>
        </message>
        <message>
            <source>.TP
.BR \-h ", " \-\-help
Print the commands and options; each command also takes
.BR \-\-help .</source>
            <comment>block 9</comment>
            <translation>.TP
.BR \-h ", " \-\-help
Muestra las órdenes y opciones; cada orden admite también
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
Inicia la aplicación de la bandeja (por defecto).</translation>
        </message>
        <message>
            <source>.TP
.BR status " [" \-\-json ]
What the running app is doing.</source>
            <comment>block 12</comment>
            <translation>.TP
.BR status " [" \-\-json ]
Qué está haciendo la aplicación en marcha.</translation>
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
Toma un descanso ahora.</translation>
        </message>
        <message>
            <source>.TP
.BI pause " LENGTH"
Pause breaks: 30m, 1h, 1h30m and so on up to 24h, or tomorrow.</source>
            <comment>block 14</comment>
            <translation>.TP
.BI pause " LENGTH"
Pausa los descansos: 30m, 1h, 1h30m y así hasta 24h, o tomorrow.</translation>
        </message>
        <message>
            <source>.TP
.BR resume ", " skip\-next ", " snooze ", " done ", " swap ", " quit
Drive the running app: end a pause, skip the break on screen or the next one, snooze or
finish the break on screen, swap its exercise, quit.</source>
            <comment>block 15</comment>
            <translation>.TP
.BR resume ", " skip\-next ", " snooze ", " done ", " swap ", " quit
Controla la aplicación en marcha: termina una pausa, salta el descanso en pantalla o el siguiente, pospone o termina el descanso en pantalla, cambia su ejercicio, cierra la aplicación.</translation>
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
Lista el catálogo de ejercicios o muestra un ejercicio.</translation>
        </message>
        <message>
            <source>.TP
.BR checklist " items|export"
The workstation checklist: list its questions, or export an assessment as PDF or JSON.</source>
            <comment>block 17</comment>
            <translation>.TP
.BR checklist " items|export"
La lista de comprobación del puesto de trabajo: lista sus preguntas o exporta una evaluación como PDF o JSON.</translation>
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
Descansos por día, como tabla, CSV o JSON; con \-\-summary, las cifras principales del panel de progreso (hoy, esta semana frente a la anterior, la racha, los minutos de movimiento, las zonas) sobre todo el historial.</translation>
        </message>
        <message>
            <source>.TP
.B checkin \-\-pain \fIN\fP [\-\-region \fIR\fP] [\-\-exercise \fIID\fP]
Log how your body feels now (0-10); the coach paces each exercise's level by these answers.</source>
            <comment>block 19</comment>
            <translation>.TP
.B checkin \-\-pain \fIN\fP [\-\-region \fIR\fP] [\-\-exercise \fIID\fP]
Registra cómo notas el cuerpo ahora (0-10); el asistente ajusta el nivel de cada ejercicio según estas respuestas.</translation>
        </message>
        <message>
            <source>.TP
.B log [\-\-days \fIN\fP] [\-\-format table|csv|json] [\-\-pdf \fIFILE\fP]
Your check-ins and the plan's changes; with \-\-pdf, a one-page log for a clinician.</source>
            <comment>block 20</comment>
            <translation>.TP
.B log [\-\-days \fIN\fP] [\-\-format table|csv|json] [\-\-pdf \fIFILE\fP]
Tus chequeos y los cambios del plan; con \-\-pdf, un registro de una página para un profesional sanitario.</translation>
        </message>
        <message>
            <source>.TP
.BR programme " list|show|start|stop|status"
Multi-week programmes in phases: list them (with suggestions), show one, start, stop, or
show the running one's phase and week.</source>
            <comment>block 21</comment>
            <translation>.TP
.BR programme " list|show|start|stop|status"
Programas de varias semanas por fases: lístalos (con sugerencias), muestra uno, inícialo, detenlo o muestra la fase y la semana del que está en curso.</translation>
        </message>
        <message>
            <source>.TP
.BI export " FILE" "\fR, \fPimport" " FILE"
Write all your data to a JSON file, or merge such a file into this profile.</source>
            <comment>block 22</comment>
            <translation>.TP
.BI export " FILE" "\fR, \fPimport" " FILE"
Escribe todos tus datos en un archivo JSON, o combina un archivo así con este perfil.</translation>
        </message>
        <message>
            <source>.TP
.BR config " show|set|validate"
Show every effective setting and where it comes from, set one, or check a settings file.</source>
            <comment>block 23</comment>
            <translation>.TP
.BR config " show|set|validate"
Muestra cada ajuste efectivo y de dónde viene, cambia uno o comprueba un archivo de ajustes.</translation>
        </message>
        <message>
            <source>.TP
.BR policy " show|validate"
Show the organisation's effective policy and its sources, or check a policy file.</source>
            <comment>block 24</comment>
            <translation>.TP
.BR policy " show|validate"
Muestra la directiva efectiva de la organización y sus fuentes, o comprueba un archivo de directiva.</translation>
        </message>
        <message>
            <source>.TP
.B doctor
Which idle, full-screen and meeting detectors work on this desktop.</source>
            <comment>block 25</comment>
            <translation>.TP
.B doctor
Qué detectores de inactividad, pantalla completa y reuniones funcionan en este escritorio.</translation>
        </message>
        <message>
            <source>.TP
.B safety
When to get help: the signs that need emergency care now, a clinician soon, or stopping the
exercise. General movement guidance, not medical advice.</source>
            <comment>block 26</comment>
            <translation>.TP
.B safety
Cuándo pedir ayuda: las señales que requieren atención de urgencia ya, un profesional sanitario pronto, o detener el ejercicio. Orientación general sobre movimiento, no consejo médico.</translation>
        </message>
        <message>
            <source>.SH EXIT STATUS
0 done; 1 DeskCoach is not running, or something failed; 2 refused (a bad value, an action
the current state, settings or policy do not allow, an invalid file).</source>
            <comment>block 27</comment>
            <translation>.SH EXIT STATUS
0 hecho; 1 DeskCoach no está en marcha, o algo ha fallado; 2 rechazado (un valor incorrecto, una acción que el estado actual, los ajustes o la directiva no permiten, un archivo no válido).</translation>
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
Los ajustes del usuario.</translation>
        </message>
        <message>
            <source>.TP
.I ~/.local/share/DeskCoach/history.sqlite3
Break history, kept on this computer only.</source>
            <comment>block 30</comment>
            <translation>.TP
.I ~/.local/share/DeskCoach/history.sqlite3
Historial de descansos, guardado solo en este ordenador.</translation>
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
Directiva de la organización: ajustes obligatorios y recomendados, límites y valores predeterminados del equipo; también todos los archivos
.I *.json
de
.I /etc/deskcoach/managed/
y
.IR /etc/deskcoach/recommended/ .
Estos archivos son del administrador: el paquete no los instala ni los elimina.</translation>
        </message>
        <message>
            <source>.TP
.I /usr/share/doc/deskcoach/example-policy.json
An example policy to start from, with its JSON Schema,
.IR policy.schema.json .</source>
            <comment>block 32</comment>
            <translation>.TP
.I /usr/share/doc/deskcoach/example-policy.json
Un ejemplo de directiva como punto de partida, con su esquema JSON,
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
Inicia DeskCoach al iniciar sesión cada usuario. Desactivar "Iniciar al iniciar sesión" en los ajustes de DeskCoach escribe
.I ~/.config/autostart/io.github.deskcoach.DeskCoach.desktop
con
.BR Hidden=true ,
lo que lo anula para ese usuario.</translation>
        </message>
        <message>
            <source>.SH SEE ALSO
The administrator's guide and the policy schema in DeskCoach's source,
.IR packaging/ .</source>
            <comment>block 34</comment>
            <translation>.SH SEE ALSO
La guía del administrador y el esquema de directivas en el código fuente de DeskCoach,
.IR packaging/ .</translation>
        </message>
    </context>
    <context>
        <name>man-heading</name>
        <message>
            <source>NAME</source>
            <comment>man page section heading (capitals): NAME</comment>
            <translation>NOMBRE</translation>
        </message>
        <message>
            <source>SYNOPSIS</source>
            <comment>man page section heading (capitals): SYNOPSIS</comment>
            <translation>SINOPSIS</translation>
        </message>
        <message>
            <source>DESCRIPTION</source>
            <comment>man page section heading (capitals): DESCRIPTION</comment>
            <translation>DESCRIPCIÓN</translation>
        </message>
        <message>
            <source>OPTIONS</source>
            <comment>man page section heading (capitals): OPTIONS</comment>
            <translation>OPCIONES</translation>
        </message>
        <message>
            <source>COMMANDS</source>
            <comment>man page section heading (capitals): COMMANDS</comment>
            <translation>ÓRDENES</translation>
        </message>
        <message>
            <source>EXIT STATUS</source>
            <comment>man page section heading (capitals): EXIT STATUS</comment>
            <translation>ESTADO DE SALIDA</translation>
        </message>
        <message>
            <source>FILES</source>
            <comment>man page section heading (capitals): FILES</comment>
            <translation>ARCHIVOS</translation>
        </message>
        <message>
            <source>SEE ALSO</source>
            <comment>man page section heading (capitals): SEE ALSO</comment>
            <translation>VÉASE TAMBIÉN</translation>
        </message>
    </context>
</TS>
