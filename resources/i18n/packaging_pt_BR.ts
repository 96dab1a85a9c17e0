<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
    <context>
        <name>desktop</name>
        <message>
            <source>Break Reminder</source>
            <comment>GenericName</comment>
            <translation>Lembrete de pausas</translation>
        </message>
        <message>
            <source>Reminds you to take short movement breaks at your desk</source>
            <comment>Comment</comment>
            <translation>Lembra você de fazer pausas ativas curtas no seu posto de trabalho</translation>
        </message>
        <message>
            <source>break;pause;ergonomics;posture;stretch;exercise;movement;health;RSI;timer;</source>
            <comment>Keywords</comment>
            <translation>pausa;intervalo;ergonomia;postura;alongamento;exercício;movimento;saúde;LER;cronômetro;</translation>
        </message>
    </context>
    <context>
        <name>appstream</name>
        <message>
            <source>Calm reminders to take short movement breaks</source>
            <comment>summary</comment>
            <translation>Lembretes tranquilos para fazer pausas ativas curtas</translation>
        </message>
        <message>
            <source>DeskCoach is a calm system-tray coach for people who sit at a screen all day. It runs a work timer and, when a break is due, guides a short movement break on screen, without taking the keyboard focus.</source>
            <comment>description/p[1]</comment>
            <translation>O DeskCoach é um assistente tranquilo na bandeja do sistema para quem passa o dia sentado diante de uma tela. Ele mantém um cronômetro de trabalho e, quando chega a hora de uma pausa, guia uma pausa ativa curta na tela, sem tirar o foco do teclado.</translation>
        </message>
        <message>
            <source>Short movement breaks and stretches with illustrated steps; body regions rotate through the day</source>
            <comment>description/li[3]</comment>
            <translation>Pausas ativas curtas e alongamentos com passos ilustrados; as regiões do corpo se alternam ao longo do dia</translation>
        </message>
        <message>
            <source>Waits while you keep typing, and counts time away from the computer as a natural break</source>
            <comment>description/li[4]</comment>
            <translation>Espera enquanto você continua digitando e conta o tempo longe do computador como pausa natural</translation>
        </message>
        <message>
            <source>A workstation checklist with a report you can export</source>
            <comment>description/li[5]</comment>
            <translation>Uma lista de verificação do posto de trabalho com um relatório que você pode exportar</translation>
        </message>
        <message>
            <source>Progress charts, kept on your computer only: nothing is ever sent anywhere</source>
            <comment>description/li[6]</comment>
            <translation>Gráficos de progresso guardados só no seu computador: nada é enviado para lugar nenhum</translation>
        </message>
        <message>
            <source>Organisation policy for fleets: locked settings and limits in /etc/deskcoach</source>
            <comment>description/li[7]</comment>
            <translation>Políticas da organização para frotas de computadores: configurações bloqueadas e limites em /etc/deskcoach</translation>
        </message>
        <message>
            <source>DeskCoach gives general movement guidance, not medical advice.</source>
            <comment>description/p[8]</comment>
            <translation>O DeskCoach oferece orientação geral sobre movimento, não aconselhamento médico.</translation>
        </message>
    </context>
    <context>
        <name>adml</name>
        <message>
            <source>Movement-break reminders. Policies here are mandatory: users cannot change them. DeskCoach has no network code and reports nothing to the organisation.</source>
            <comment>DeskCoach_Help</comment>
            <translation>Lembretes de pausas ativas. As políticas daqui são obrigatórias: os usuários não podem alterá-las. O DeskCoach não tem código de rede e não informa nada à organização.</translation>
        </message>
        <message>
            <source>Timing</source>
            <comment>Cat_Timing</comment>
            <translation>Horários</translation>
        </message>
        <message>
            <source>Putting breaks off</source>
            <comment>Cat_Putting_breaks_off</comment>
            <translation>Adiar pausas</translation>
        </message>
        <message>
            <source>Sound</source>
            <comment>Cat_Sound</comment>
            <translation>Som</translation>
        </message>
        <message>
            <source>Exercises</source>
            <comment>Cat_Exercises</comment>
            <translation>Exercícios</translation>
        </message>
        <message>
            <source>Smart timing</source>
            <comment>Cat_Smart_timing</comment>
            <translation>Horários inteligentes</translation>
        </message>
        <message>
            <source>Workstation check</source>
            <comment>Cat_Workstation_check</comment>
            <translation>Avaliação do posto de trabalho</translation>
        </message>
        <message>
            <source>Progress</source>
            <comment>Cat_Progress</comment>
            <translation>Progresso</translation>
        </message>
        <message>
            <source>Eye breaks</source>
            <comment>Cat_Eye_breaks</comment>
            <translation>Pausas para os olhos</translation>
        </message>
        <message>
            <source>Daily routines</source>
            <comment>Cat_Daily_routines</comment>
            <translation>Rotinas diárias</translation>
        </message>
        <message>
            <source>Break window</source>
            <comment>Cat_Break_window</comment>
            <translation>Janela da pausa</translation>
        </message>
        <message>
            <source>Appearance</source>
            <comment>Cat_Appearance</comment>
            <translation>Aparência</translation>
        </message>
        <message>
            <source>Limits (users may only make these stricter)</source>
            <comment>Cat_Limits</comment>
            <translation>Limites (os usuários só podem torná-los mais rígidos)</translation>
        </message>
        <message>
            <source>Features</source>
            <comment>Cat_Features</comment>
            <translation>Recursos</translation>
        </message>
        <message>
            <source>Recommended (users may change these)</source>
            <comment>Cat_Recommended</comment>
            <translation>Recomendado (os usuários podem alterar)</translation>
        </message>
        <message>
            <source>Work interval</source>
            <comment>work_minutes</comment>
            <translation>Intervalo de trabalho</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-120 minutes. Built-in default: 40.

Registry: Software\Policies\DeskCoach, value work_minutes (REG_DWORD).</source>
            <comment>work_minutes_Help</comment>
            <translation>Minutos de trabalho entre as pausas; o recomendado é 30-45.

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: 5-120 minutos. Padrão embutido: 40.

Registro: Software\Policies\DeskCoach, valor work_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length</source>
            <comment>break_seconds</comment>
            <translation>Duração da pausa</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 30-600 seconds. Built-in default: 120.

Registry: Software\Policies\DeskCoach, value break_seconds (REG_DWORD).</source>
            <comment>break_seconds_Help</comment>
            <translation>Quanto tempo dura cada pausa ativa.

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: 30-600 segundos. Padrão embutido: 120.

Registro: Software\Policies\DeskCoach, valor break_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Notice before a break</source>
            <comment>notice_seconds</comment>
            <translation>Aviso antes de uma pausa</translation>
        </message>
        <message>
            <source>How early the tray warns that a break is coming (0 = no notice).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-300 seconds. Built-in default: 60.

Registry: Software\Policies\DeskCoach, value notice_seconds (REG_DWORD).</source>
            <comment>notice_seconds_Help</comment>
            <translation>Com quanta antecedência a bandeja do sistema avisa que uma pausa está chegando (0 = sem aviso).

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: 0-300 segundos. Padrão embutido: 60.

Registro: Software\Policies\DeskCoach, valor notice_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length</source>
            <comment>snooze_minutes</comment>
            <translation>Tempo de adiamento</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach, value snooze_minutes (REG_DWORD).</source>
            <comment>snooze_minutes_Help</comment>
            <translation>Por quanto tempo o botão Adiar empurra uma pausa.

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: 1-30 minutos. Padrão embutido: 5.

Registro: Software\Policies\DeskCoach, valor snooze_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break</source>
            <comment>snoozes_per_break</comment>
            <translation>Adiamentos por pausa</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-5. Built-in default: 2.

Registry: Software\Policies\DeskCoach, value snoozes_per_break (REG_DWORD).</source>
            <comment>snoozes_per_break_Help</comment>
            <translation>Quantas vezes uma mesma pausa pode ser adiada.

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: 0-5. Padrão embutido: 2.

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
            <translation>Ilimitado</translation>
        </message>
        <message>
            <source>Skips per day</source>
            <comment>daily_skip_budget</comment>
            <translation>Pausas puladas por dia</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-20, or -1 for unlimited. Built-in default: 3.

Registry: Software\Policies\DeskCoach, value daily_skip_budget (REG_DWORD).

The list offers 0-20 and unlimited (-1), stored as 4294967295.</source>
            <comment>daily_skip_budget_Help</comment>
            <translation>Quantas pausas podem ser puladas por dia.

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: 0-20, ou -1 para ilimitado. Padrão embutido: 3.

Registro: Software\Policies\DeskCoach, valor daily_skip_budget (REG_DWORD).

A lista oferece 0-20 e ilimitado (-1), gravado como 4294967295.</translation>
        </message>
        <message>
            <source>Strict mode</source>
            <comment>strict_mode</comment>
            <translation>Modo rígido</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value strict_mode (REG_DWORD).</source>
            <comment>strict_mode_Help</comment>
            <translation>As pausas não podem ser puladas nem adiadas.

Habilitado: ligado (bloqueado).
Desabilitado: desligado (bloqueado).
Não configurado: vale a escolha do próprio usuário.

Permitido: ligado ou desligado. Padrão embutido: desligado.

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
            <translation>Toca um sinal suave quando uma pausa começa e quando termina (nunca enquanto uma reunião segura as pausas).

Habilitado: ligado (bloqueado).
Desabilitado: desligado (bloqueado).
Não configurado: vale a escolha do próprio usuário.

Permitido: ligado ou desligado. Padrão embutido: ligado.

Registro: Software\Policies\DeskCoach, valor sound (REG_DWORD).</translation>
        </message>
        <message>
            <source>Start at login</source>
            <comment>start_at_login</comment>
            <translation>Iniciar com o sistema</translation>
        </message>
        <message>
            <source>Start DeskCoach when you log in.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value start_at_login (REG_DWORD).</source>
            <comment>start_at_login_Help</comment>
            <translation>Iniciar o DeskCoach quando você entrar na sessão.

Habilitado: ligado (bloqueado).
Desabilitado: desligado (bloqueado).
Não configurado: vale a escolha do próprio usuário.

Permitido: ligado ou desligado. Padrão embutido: ligado.

Registro: Software\Policies\DeskCoach, valor start_at_login (REG_DWORD).</translation>
        </message>
        <message>
            <source>Reduced motion</source>
            <comment>reduced_motion</comment>
            <translation>Movimento reduzido</translation>
        </message>
        <message>
            <source>Show still key poses instead of animations.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value reduced_motion (REG_DWORD).</source>
            <comment>reduced_motion_Help</comment>
            <translation>Mostra posições-chave paradas em vez de animações.

Habilitado: ligado (bloqueado).
Desabilitado: desligado (bloqueado).
Não configurado: vale a escolha do próprio usuário.

Permitido: ligado ou desligado. Padrão embutido: desligado.

Registro: Software\Policies\DeskCoach, valor reduced_motion (REG_DWORD).</translation>
        </message>
        <message>
            <source>Seated only</source>
            <comment>seated_only</comment>
            <translation>Só sentado</translation>
        </message>
        <message>
            <source>Only suggest exercises that can be done sitting down.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value seated_only (REG_DWORD).</source>
            <comment>seated_only_Help</comment>
            <translation>Sugerir só exercícios que podem ser feitos sentado.

Habilitado: ligado (bloqueado).
Desabilitado: desligado (bloqueado).
Não configurado: vale a escolha do próprio usuário.

Permitido: ligado ou desligado. Padrão embutido: desligado.

Registro: Software\Policies\DeskCoach, valor seated_only (REG_DWORD).</translation>
        </message>
        <message>
            <source>any</source>
            <comment>spine_preference_any</comment>
            <translation>qualquer</translation>
        </message>
        <message>
            <source>extension</source>
            <comment>spine_preference_extension</comment>
            <translation>extensão</translation>
        </message>
        <message>
            <source>flexion</source>
            <comment>spine_preference_flexion</comment>
            <translation>flexão</translation>
        </message>
        <message>
            <source>Back movements</source>
            <comment>spine_preference</comment>
            <translation>Movimentos da coluna</translation>
        </message>
        <message>
            <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: any | extension | flexion. Built-in default: any.

Registry: Software\Policies\DeskCoach, value spine_preference (REG_SZ).</source>
            <comment>spine_preference_Help</comment>
            <translation>Deixe de fora as inclinações para a frente (flexão) ou para trás (extensão) se uma delas não fizer bem a você.

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: any | extension | flexion. Padrão embutido: any.

Registro: Software\Policies\DeskCoach, valor spine_preference (REG_SZ).</translation>
        </message>
        <message>
            <source>Regions to leave out</source>
            <comment>avoid_regions</comment>
            <translation>Regiões a deixar de fora</translation>
        </message>
        <message>
            <source>Body regions DeskCoach should not suggest exercises for.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: a list of up to 64 of: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach, value avoid_regions (REG_MULTI_SZ).</source>
            <comment>avoid_regions_Help</comment>
            <translation>Regiões do corpo para as quais o DeskCoach não deve sugerir exercícios.

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: uma lista de até 64 de: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (um por linha). Padrão embutido: (nenhum).

Registro: Software\Policies\DeskCoach, valor avoid_regions (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Exercises to leave out</source>
            <comment>avoid_exercises</comment>
            <translation>Exercícios a deixar de fora</translation>
        </message>
        <message>
            <source>Exercises DeskCoach should never suggest.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: a list of up to 64 of: exercise ids (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach, value avoid_exercises (REG_MULTI_SZ).</source>
            <comment>avoid_exercises_Help</comment>
            <translation>Exercícios que o DeskCoach nunca deve sugerir.

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: uma lista de até 64 de: ids de exercícios (um por linha). Padrão embutido: (nenhum).

Registro: Software\Policies\DeskCoach, valor avoid_exercises (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Away after</source>
            <comment>idle_minutes</comment>
            <translation>Ausente após</translation>
        </message>
        <message>
            <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break's length counts as a natural break.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach, value idle_minutes (REG_DWORD).</source>
            <comment>idle_minutes_Help</comment>
            <translation>Minutos sem teclado ou mouse depois dos quais o cronômetro de trabalho para; voltar depois de pelo menos a duração de uma pausa conta como pausa natural.

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: 1-30 minutos. Padrão embutido: 5.

Registro: Software\Policies\DeskCoach, valor idle_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for full-screen apps</source>
            <comment>defer_fullscreen</comment>
            <translation>Esperar aplicativos em tela cheia</translation>
        </message>
        <message>
            <source>Hold a break while a full-screen app or presentation is in front.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value defer_fullscreen (REG_DWORD).</source>
            <comment>defer_fullscreen_Help</comment>
            <translation>Segura a pausa enquanto um aplicativo em tela cheia ou uma apresentação está na frente.

Habilitado: ligado (bloqueado).
Desabilitado: desligado (bloqueado).
Não configurado: vale a escolha do próprio usuário.

Permitido: ligado ou desligado. Padrão embutido: ligado.

Registro: Software\Policies\DeskCoach, valor defer_fullscreen (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for meetings</source>
            <comment>defer_meetings</comment>
            <translation>Esperar reuniões</translation>
        </message>
        <message>
            <source>Hold a break while another app uses the camera or microphone.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value defer_meetings (REG_DWORD).</source>
            <comment>defer_meetings_Help</comment>
            <translation>Segura a pausa enquanto outro aplicativo usa a câmera ou o microfone.

Habilitado: ligado (bloqueado).
Desabilitado: desligado (bloqueado).
Não configurado: vale a escolha do próprio usuário.

Permitido: ligado ou desligado. Padrão embutido: ligado.

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
            <translation>Depois desse tempo, uma pausa segurada dá um lembrete suave.

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: 5-240 minutos. Padrão embutido: 60.

Registro: Software\Policies\DeskCoach, valor max_defer_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Working hours</source>
            <comment>working_hours</comment>
            <translation>Horário de trabalho</translation>
        </message>
        <message>
            <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always. Built-in default: (empty).

Registry: Software\Policies\DeskCoach, value working_hours (REG_SZ).</source>
            <comment>working_hours_Help</comment>
            <translation>ex.: mon-fri 08:30-12:30,13:30-17:30; vazio significa sempre.

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: ex.: mon-fri 08:30-12:30,13:30-17:30; vazio significa sempre. Padrão embutido: (vazio).

Registro: Software\Policies\DeskCoach, valor working_hours (REG_SZ).</translation>
        </message>
        <message>
            <source>Checklist reminders</source>
            <comment>checklist_reminders</comment>
            <translation>Lembretes da lista de verificação</translation>
        </message>
        <message>
            <source>Remind me of open workstation actions and when a fresh check is due.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value checklist_reminders (REG_DWORD).</source>
            <comment>checklist_reminders_Help</comment>
            <translation>Lembrar as ações pendentes do posto de trabalho e quando uma nova avaliação está na hora.

Habilitado: ligado (bloqueado).
Desabilitado: desligado (bloqueado).
Não configurado: vale a escolha do próprio usuário.

Permitido: ligado ou desligado. Padrão embutido: ligado.

Registro: Software\Policies\DeskCoach, valor checklist_reminders (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after</source>
            <comment>reassess_months</comment>
            <translation>Nova avaliação após</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-24 months. Built-in default: 6.

Registry: Software\Policies\DeskCoach, value reassess_months (REG_DWORD).</source>
            <comment>reassess_months_Help</comment>
            <translation>Meses após uma avaliação do posto de trabalho até o DeskCoach sugerir uma nova.

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: 1-24 meses. Padrão embutido: 6.

Registro: Software\Policies\DeskCoach, valor reassess_months (REG_DWORD).</translation>
        </message>
        <message>
            <source>Streak goal</source>
            <comment>goal_percent</comment>
            <translation>Meta da sequência</translation>
        </message>
        <message>
            <source>The share of the day's due breaks to take for the day to join your streak on the progress dashboard.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 10-100 %. Built-in default: 80.

Registry: Software\Policies\DeskCoach, value goal_percent (REG_DWORD).</source>
            <comment>goal_percent_Help</comment>
            <translation>A parte das pausas previstas do dia que precisa ser feita para o dia entrar na sua sequência no painel de progresso.

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: 10-100 %. Padrão embutido: 80.

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
            <translation>Desligado</translation>
        </message>
        <message>
            <source>Eye breaks every</source>
            <comment>eye_break_minutes</comment>
            <translation>Pausa para os olhos a cada</translation>
        </message>
        <message>
            <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-60 minutes, or 0 for off. Built-in default: 20.

Registry: Software\Policies\DeskCoach, value eye_break_minutes (REG_DWORD).

The list offers 5-60 and off (0), stored as 0.</source>
            <comment>eye_break_minutes_Help</comment>
            <translation>Um aviso de 20 segundos para olhar para longe, entre as pausas ativas (0 = desligado).

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: 5-60 minutos, ou 0 para desligado. Padrão embutido: 20.

Registro: Software\Policies\DeskCoach, valor eye_break_minutes (REG_DWORD).

A lista oferece 5-60 e desligado (0), gravado como 0.</translation>
        </message>
        <message>
            <source>Daily anchors</source>
            <comment>daily_anchors</comment>
            <translation>Âncoras diárias</translation>
        </message>
        <message>
            <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none. Built-in default: (empty).

Registry: Software\Policies\DeskCoach, value daily_anchors (REG_SZ).</source>
            <comment>daily_anchors_Help</comment>
            <translation>Rotinas opcionais de cinco minutos em momentos que você já tem, ex.: coffee 08:30, lunch 12:30, end of day 17:15; vazio significa nenhuma.

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: Rotinas opcionais de cinco minutos em momentos que você já tem, ex.: coffee 08:30, lunch 12:30, end of day 17:15; vazio significa nenhuma. Padrão embutido: (vazio).

Registro: Software\Policies\DeskCoach, valor daily_anchors (REG_SZ).</translation>
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
            <translation>O volume dos sinais das pausas.

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: 0-100 %. Padrão embutido: 60.

Registro: Software\Policies\DeskCoach, valor sound_volume (REG_DWORD).</translation>
        </message>
        <message>
            <source>chime</source>
            <comment>sound_cue_chime</comment>
            <translation>carrilhão</translation>
        </message>
        <message>
            <source>bell</source>
            <comment>sound_cue_bell</comment>
            <translation>sino</translation>
        </message>
        <message>
            <source>soft</source>
            <comment>sound_cue_soft</comment>
            <translation>suave</translation>
        </message>
        <message>
            <source>Cue</source>
            <comment>sound_cue</comment>
            <translation>Sinal sonoro</translation>
        </message>
        <message>
            <source>Which of DeskCoach's sounds the cues use.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: chime | bell | soft. Built-in default: chime.

Registry: Software\Policies\DeskCoach, value sound_cue (REG_SZ).</source>
            <comment>sound_cue_Help</comment>
            <translation>Qual som do DeskCoach os sinais usam.

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: chime | bell | soft. Padrão embutido: chime.

Registro: Software\Policies\DeskCoach, valor sound_cue (REG_SZ).</translation>
        </message>
        <message>
            <source>pointer</source>
            <comment>break_screens_pointer</comment>
            <translation>ponteiro</translation>
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
            <translation>Janela da pausa em</translation>
        </message>
        <message>
            <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer's screen and a calm dimmed panel on the others (it never blocks input).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: pointer | primary | all. Built-in default: pointer.

Registry: Software\Policies\DeskCoach, value break_screens (REG_SZ).</source>
            <comment>break_screens_Help</comment>
            <translation>ponteiro: a tela com o ponteiro do mouse; principal: a tela principal; todas: a pausa na tela do ponteiro e um painel calmo e escurecido nas outras (nunca bloqueia a digitação).

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: pointer | primary | all. Padrão embutido: pointer.

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
            <translation>escuro</translation>
        </message>
        <message>
            <source>Colours</source>
            <comment>theme</comment>
            <translation>Cores</translation>
        </message>
        <message>
            <source>Light or dark windows; system follows your desktop's colour scheme.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: system | light | dark. Built-in default: system.

Registry: Software\Policies\DeskCoach, value theme (REG_SZ).</source>
            <comment>theme_Help</comment>
            <translation>Janelas claras ou escuras; sistema segue o esquema de cores da sua área de trabalho.

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: system | light | dark. Padrão embutido: system.

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
            <translation>O idioma das janelas, dos exercícios e das mensagens do DeskCoach; sistema segue o da sua área de trabalho.

Habilitado: o valor fica bloqueado; a caixa de configurações o mostra em cinza com "Definido pela sua organização" e `deskcoach config set` se recusa a alterá-lo.
Não configurado: vale a escolha do próprio usuário.

Permitido: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Padrão embutido: system.

Registro: Software\Policies\DeskCoach, valor language (REG_SZ).</translation>
        </message>
        <message>
            <source>Work interval: upper limit</source>
            <comment>Limit_work_minutes_max</comment>
            <translation>Intervalo de trabalho: limite superior</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 5-120 minutes.

Registry: Software\Policies\DeskCoach, value work_minutes.max (REG_DWORD).</source>
            <comment>Limit_work_minutes_max_Help</comment>
            <translation>Minutos de trabalho entre as pausas; o recomendado é 30-45.

Habilitado: os usuários só podem escolher no máximo este valor; uma configuração além dele volta para ele. Os limites só tornam as configurações mais rígidas; quando várias fontes definem um, vale o mais rígido.
Não configurado: todo o intervalo é permitido.

Permitido: 5-120 minutos.

Registro: Software\Policies\DeskCoach, valor work_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length: lower limit</source>
            <comment>Limit_break_seconds_min</comment>
            <translation>Duração da pausa: limite inferior</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: users may only choose at least this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 30-600 seconds.

Registry: Software\Policies\DeskCoach, value break_seconds.min (REG_DWORD).</source>
            <comment>Limit_break_seconds_min_Help</comment>
            <translation>Quanto tempo dura cada pausa ativa.

Habilitado: os usuários só podem escolher no mínimo este valor; uma configuração abaixo dele volta para ele. Os limites só tornam as configurações mais rígidas; quando várias fontes definem um, vale o mais rígido.
Não configurado: todo o intervalo é permitido.

Permitido: 30-600 segundos.

Registro: Software\Policies\DeskCoach, valor break_seconds.min (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length: upper limit</source>
            <comment>Limit_snooze_minutes_max</comment>
            <translation>Tempo de adiamento: limite superior</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 1-30 minutes.

Registry: Software\Policies\DeskCoach, value snooze_minutes.max (REG_DWORD).</source>
            <comment>Limit_snooze_minutes_max_Help</comment>
            <translation>Por quanto tempo o botão Adiar empurra uma pausa.

Habilitado: os usuários só podem escolher no máximo este valor; uma configuração além dele volta para ele. Os limites só tornam as configurações mais rígidas; quando várias fontes definem um, vale o mais rígido.
Não configurado: todo o intervalo é permitido.

Permitido: 1-30 minutos.

Registro: Software\Policies\DeskCoach, valor snooze_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break: upper limit</source>
            <comment>Limit_snoozes_per_break_max</comment>
            <translation>Adiamentos por pausa: limite superior</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 0-5.

Registry: Software\Policies\DeskCoach, value snoozes_per_break.max (REG_DWORD).</source>
            <comment>Limit_snoozes_per_break_max_Help</comment>
            <translation>Quantas vezes uma mesma pausa pode ser adiada.

Habilitado: os usuários só podem escolher no máximo este valor; uma configuração além dele volta para ele. Os limites só tornam as configurações mais rígidas; quando várias fontes definem um, vale o mais rígido.
Não configurado: todo o intervalo é permitido.

Permitido: 0-5.

Registro: Software\Policies\DeskCoach, valor snoozes_per_break.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Skips per day: upper limit</source>
            <comment>Limit_daily_skip_budget_max</comment>
            <translation>Pausas puladas por dia: limite superior</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 0-20.

Registry: Software\Policies\DeskCoach, value daily_skip_budget.max (REG_DWORD).</source>
            <comment>Limit_daily_skip_budget_max_Help</comment>
            <translation>Quantas pausas podem ser puladas por dia.

Habilitado: os usuários só podem escolher no máximo este valor; uma configuração além dele volta para ele. Os limites só tornam as configurações mais rígidas; quando várias fontes definem um, vale o mais rígido.
Não configurado: todo o intervalo é permitido.

Permitido: 0-20.

Registro: Software\Policies\DeskCoach, valor daily_skip_budget.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Longest wait: upper limit</source>
            <comment>Limit_max_defer_minutes_max</comment>
            <translation>Espera máxima: limite superior</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 5-240 minutes.

Registry: Software\Policies\DeskCoach, value max_defer_minutes.max (REG_DWORD).</source>
            <comment>Limit_max_defer_minutes_max_Help</comment>
            <translation>Depois desse tempo, uma pausa segurada dá um lembrete suave.

Habilitado: os usuários só podem escolher no máximo este valor; uma configuração além dele volta para ele. Os limites só tornam as configurações mais rígidas; quando várias fontes definem um, vale o mais rígido.
Não configurado: todo o intervalo é permitido.

Permitido: 5-240 minutos.

Registro: Software\Policies\DeskCoach, valor max_defer_minutes.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after: upper limit</source>
            <comment>Limit_reassess_months_max</comment>
            <translation>Nova avaliação após: limite superior</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 1-24 months.

Registry: Software\Policies\DeskCoach, value reassess_months.max (REG_DWORD).</source>
            <comment>Limit_reassess_months_max_Help</comment>
            <translation>Meses após uma avaliação do posto de trabalho até o DeskCoach sugerir uma nova.

Habilitado: os usuários só podem escolher no máximo este valor; uma configuração além dele volta para ele. Os limites só tornam as configurações mais rígidas; quando várias fontes definem um, vale o mais rígido.
Não configurado: todo o intervalo é permitido.

Permitido: 1-24 meses.

Registro: Software\Policies\DeskCoach, valor reassess_months.max (REG_DWORD).</translation>
        </message>
        <message>
            <source>Strict mode: required</source>
            <comment>Limit_strict_mode_required</comment>
            <translation>Modo rígido: obrigatório</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: strict mode must be on; users cannot switch it off.
Disabled or Not configured: no requirement.

Registry: Software\Policies\DeskCoach, value strict_mode.required (REG_DWORD).</source>
            <comment>Limit_strict_mode_required_Help</comment>
            <translation>As pausas não podem ser puladas nem adiadas.

Habilitado: o modo rígido deve estar ligado; os usuários não podem desligá-lo.
Desabilitado ou Não configurado: sem exigência.

Registro: Software\Policies\DeskCoach, valor strict_mode.required (REG_DWORD).</translation>
        </message>
        <message>
            <source>Exporting statistics</source>
            <comment>Feature_statistics_export</comment>
            <translation>Exportação de estatísticas</translation>
        </message>
        <message>
            <source>Exporting statistics (deskcoach stats --format csv/json, export).

Enabled: the feature is available.
Disabled: it is switched off for the user.
Not configured: available.

Registry: Software\Policies\DeskCoach, value statistics_export (REG_DWORD).</source>
            <comment>Feature_statistics_export_Help</comment>
            <translation>Exportação de estatísticas (deskcoach stats --format csv/json, export).

Habilitado: o recurso está disponível.
Desabilitado: ele fica desligado para o usuário.
Não configurado: disponível.

Registro: Software\Policies\DeskCoach, valor statistics_export (REG_DWORD).</translation>
        </message>
        <message>
            <source>Work interval (recommended)</source>
            <comment>Recommended_work_minutes</comment>
            <translation>Intervalo de trabalho (recomendado)</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-120 minutes. Built-in default: 40.

Registry: Software\Policies\DeskCoach\Recommended, value work_minutes (REG_DWORD).</source>
            <comment>Recommended_work_minutes_Help</comment>
            <translation>Minutos de trabalho entre as pausas; o recomendado é 30-45.

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: 5-120 minutos. Padrão embutido: 40.

Registro: Software\Policies\DeskCoach\Recommended, valor work_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Break length (recommended)</source>
            <comment>Recommended_break_seconds</comment>
            <translation>Duração da pausa (recomendado)</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 30-600 seconds. Built-in default: 120.

Registry: Software\Policies\DeskCoach\Recommended, value break_seconds (REG_DWORD).</source>
            <comment>Recommended_break_seconds_Help</comment>
            <translation>Quanto tempo dura cada pausa ativa.

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: 30-600 segundos. Padrão embutido: 120.

Registro: Software\Policies\DeskCoach\Recommended, valor break_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Notice before a break (recommended)</source>
            <comment>Recommended_notice_seconds</comment>
            <translation>Aviso antes de uma pausa (recomendado)</translation>
        </message>
        <message>
            <source>How early the tray warns that a break is coming (0 = no notice).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-300 seconds. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value notice_seconds (REG_DWORD).</source>
            <comment>Recommended_notice_seconds_Help</comment>
            <translation>Com quanta antecedência a bandeja do sistema avisa que uma pausa está chegando (0 = sem aviso).

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: 0-300 segundos. Padrão embutido: 60.

Registro: Software\Policies\DeskCoach\Recommended, valor notice_seconds (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snooze length (recommended)</source>
            <comment>Recommended_snooze_minutes</comment>
            <translation>Tempo de adiamento (recomendado)</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach\Recommended, value snooze_minutes (REG_DWORD).</source>
            <comment>Recommended_snooze_minutes_Help</comment>
            <translation>Por quanto tempo o botão Adiar empurra uma pausa.

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: 1-30 minutos. Padrão embutido: 5.

Registro: Software\Policies\DeskCoach\Recommended, valor snooze_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Snoozes per break (recommended)</source>
            <comment>Recommended_snoozes_per_break</comment>
            <translation>Adiamentos por pausa (recomendado)</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-5. Built-in default: 2.

Registry: Software\Policies\DeskCoach\Recommended, value snoozes_per_break (REG_DWORD).</source>
            <comment>Recommended_snoozes_per_break_Help</comment>
            <translation>Quantas vezes uma mesma pausa pode ser adiada.

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: 0-5. Padrão embutido: 2.

Registro: Software\Policies\DeskCoach\Recommended, valor snoozes_per_break (REG_DWORD).</translation>
        </message>
        <message>
            <source>Skips per day (recommended)</source>
            <comment>Recommended_daily_skip_budget</comment>
            <translation>Pausas puladas por dia (recomendado)</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-20, or -1 for unlimited. Built-in default: 3.

Registry: Software\Policies\DeskCoach\Recommended, value daily_skip_budget (REG_DWORD).

The list offers 0-20 and unlimited (-1), stored as 4294967295.</source>
            <comment>Recommended_daily_skip_budget_Help</comment>
            <translation>Quantas pausas podem ser puladas por dia.

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: 0-20, ou -1 para ilimitado. Padrão embutido: 3.

Registro: Software\Policies\DeskCoach\Recommended, valor daily_skip_budget (REG_DWORD).

A lista oferece 0-20 e ilimitado (-1), gravado como 4294967295.</translation>
        </message>
        <message>
            <source>Strict mode (recommended)</source>
            <comment>Recommended_strict_mode</comment>
            <translation>Modo rígido (recomendado)</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value strict_mode (REG_DWORD).</source>
            <comment>Recommended_strict_mode_Help</comment>
            <translation>As pausas não podem ser puladas nem adiadas.

Habilitado: ligado.
Desabilitado: desligado.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: ligado ou desligado. Padrão embutido: desligado.

Registro: Software\Policies\DeskCoach\Recommended, valor strict_mode (REG_DWORD).</translation>
        </message>
        <message>
            <source>Sound (recommended)</source>
            <comment>Recommended_sound</comment>
            <translation>Som (recomendado)</translation>
        </message>
        <message>
            <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value sound (REG_DWORD).</source>
            <comment>Recommended_sound_Help</comment>
            <translation>Toca um sinal suave quando uma pausa começa e quando termina (nunca enquanto uma reunião segura as pausas).

Habilitado: ligado.
Desabilitado: desligado.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: ligado ou desligado. Padrão embutido: ligado.

Registro: Software\Policies\DeskCoach\Recommended, valor sound (REG_DWORD).</translation>
        </message>
        <message>
            <source>Start at login (recommended)</source>
            <comment>Recommended_start_at_login</comment>
            <translation>Iniciar com o sistema (recomendado)</translation>
        </message>
        <message>
            <source>Start DeskCoach when you log in.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value start_at_login (REG_DWORD).</source>
            <comment>Recommended_start_at_login_Help</comment>
            <translation>Iniciar o DeskCoach quando você entrar na sessão.

Habilitado: ligado.
Desabilitado: desligado.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: ligado ou desligado. Padrão embutido: ligado.

Registro: Software\Policies\DeskCoach\Recommended, valor start_at_login (REG_DWORD).</translation>
        </message>
        <message>
            <source>Reduced motion (recommended)</source>
            <comment>Recommended_reduced_motion</comment>
            <translation>Movimento reduzido (recomendado)</translation>
        </message>
        <message>
            <source>Show still key poses instead of animations.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value reduced_motion (REG_DWORD).</source>
            <comment>Recommended_reduced_motion_Help</comment>
            <translation>Mostra posições-chave paradas em vez de animações.

Habilitado: ligado.
Desabilitado: desligado.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: ligado ou desligado. Padrão embutido: desligado.

Registro: Software\Policies\DeskCoach\Recommended, valor reduced_motion (REG_DWORD).</translation>
        </message>
        <message>
            <source>Seated only (recommended)</source>
            <comment>Recommended_seated_only</comment>
            <translation>Só sentado (recomendado)</translation>
        </message>
        <message>
            <source>Only suggest exercises that can be done sitting down.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value seated_only (REG_DWORD).</source>
            <comment>Recommended_seated_only_Help</comment>
            <translation>Sugerir só exercícios que podem ser feitos sentado.

Habilitado: ligado.
Desabilitado: desligado.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: ligado ou desligado. Padrão embutido: desligado.

Registro: Software\Policies\DeskCoach\Recommended, valor seated_only (REG_DWORD).</translation>
        </message>
        <message>
            <source>Back movements (recommended)</source>
            <comment>Recommended_spine_preference</comment>
            <translation>Movimentos da coluna (recomendado)</translation>
        </message>
        <message>
            <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: any | extension | flexion. Built-in default: any.

Registry: Software\Policies\DeskCoach\Recommended, value spine_preference (REG_SZ).</source>
            <comment>Recommended_spine_preference_Help</comment>
            <translation>Deixe de fora as inclinações para a frente (flexão) ou para trás (extensão) se uma delas não fizer bem a você.

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: any | extension | flexion. Padrão embutido: any.

Registro: Software\Policies\DeskCoach\Recommended, valor spine_preference (REG_SZ).</translation>
        </message>
        <message>
            <source>Regions to leave out (recommended)</source>
            <comment>Recommended_avoid_regions</comment>
            <translation>Regiões a deixar de fora (recomendado)</translation>
        </message>
        <message>
            <source>Body regions DeskCoach should not suggest exercises for.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: a list of up to 64 of: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach\Recommended, value avoid_regions (REG_MULTI_SZ).</source>
            <comment>Recommended_avoid_regions_Help</comment>
            <translation>Regiões do corpo para as quais o DeskCoach não deve sugerir exercícios.

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: uma lista de até 64 de: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (um por linha). Padrão embutido: (nenhum).

Registro: Software\Policies\DeskCoach\Recommended, valor avoid_regions (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Exercises to leave out (recommended)</source>
            <comment>Recommended_avoid_exercises</comment>
            <translation>Exercícios a deixar de fora (recomendado)</translation>
        </message>
        <message>
            <source>Exercises DeskCoach should never suggest.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: a list of up to 64 of: exercise ids (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach\Recommended, value avoid_exercises (REG_MULTI_SZ).</source>
            <comment>Recommended_avoid_exercises_Help</comment>
            <translation>Exercícios que o DeskCoach nunca deve sugerir.

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: uma lista de até 64 de: ids de exercícios (um por linha). Padrão embutido: (nenhum).

Registro: Software\Policies\DeskCoach\Recommended, valor avoid_exercises (REG_MULTI_SZ).</translation>
        </message>
        <message>
            <source>Away after (recommended)</source>
            <comment>Recommended_idle_minutes</comment>
            <translation>Ausente após (recomendado)</translation>
        </message>
        <message>
            <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break's length counts as a natural break.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach\Recommended, value idle_minutes (REG_DWORD).</source>
            <comment>Recommended_idle_minutes_Help</comment>
            <translation>Minutos sem teclado ou mouse depois dos quais o cronômetro de trabalho para; voltar depois de pelo menos a duração de uma pausa conta como pausa natural.

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: 1-30 minutos. Padrão embutido: 5.

Registro: Software\Policies\DeskCoach\Recommended, valor idle_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for full-screen apps (recommended)</source>
            <comment>Recommended_defer_fullscreen</comment>
            <translation>Esperar aplicativos em tela cheia (recomendado)</translation>
        </message>
        <message>
            <source>Hold a break while a full-screen app or presentation is in front.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value defer_fullscreen (REG_DWORD).</source>
            <comment>Recommended_defer_fullscreen_Help</comment>
            <translation>Segura a pausa enquanto um aplicativo em tela cheia ou uma apresentação está na frente.

Habilitado: ligado.
Desabilitado: desligado.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: ligado ou desligado. Padrão embutido: ligado.

Registro: Software\Policies\DeskCoach\Recommended, valor defer_fullscreen (REG_DWORD).</translation>
        </message>
        <message>
            <source>Wait for meetings (recommended)</source>
            <comment>Recommended_defer_meetings</comment>
            <translation>Esperar reuniões (recomendado)</translation>
        </message>
        <message>
            <source>Hold a break while another app uses the camera or microphone.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value defer_meetings (REG_DWORD).</source>
            <comment>Recommended_defer_meetings_Help</comment>
            <translation>Segura a pausa enquanto outro aplicativo usa a câmera ou o microfone.

Habilitado: ligado.
Desabilitado: desligado.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: ligado ou desligado. Padrão embutido: ligado.

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
            <translation>Depois desse tempo, uma pausa segurada dá um lembrete suave.

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: 5-240 minutos. Padrão embutido: 60.

Registro: Software\Policies\DeskCoach\Recommended, valor max_defer_minutes (REG_DWORD).</translation>
        </message>
        <message>
            <source>Working hours (recommended)</source>
            <comment>Recommended_working_hours</comment>
            <translation>Horário de trabalho (recomendado)</translation>
        </message>
        <message>
            <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always. Built-in default: (empty).

Registry: Software\Policies\DeskCoach\Recommended, value working_hours (REG_SZ).</source>
            <comment>Recommended_working_hours_Help</comment>
            <translation>ex.: mon-fri 08:30-12:30,13:30-17:30; vazio significa sempre.

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: ex.: mon-fri 08:30-12:30,13:30-17:30; vazio significa sempre. Padrão embutido: (vazio).

Registro: Software\Policies\DeskCoach\Recommended, valor working_hours (REG_SZ).</translation>
        </message>
        <message>
            <source>Checklist reminders (recommended)</source>
            <comment>Recommended_checklist_reminders</comment>
            <translation>Lembretes da lista de verificação (recomendado)</translation>
        </message>
        <message>
            <source>Remind me of open workstation actions and when a fresh check is due.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value checklist_reminders (REG_DWORD).</source>
            <comment>Recommended_checklist_reminders_Help</comment>
            <translation>Lembrar as ações pendentes do posto de trabalho e quando uma nova avaliação está na hora.

Habilitado: ligado.
Desabilitado: desligado.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: ligado ou desligado. Padrão embutido: ligado.

Registro: Software\Policies\DeskCoach\Recommended, valor checklist_reminders (REG_DWORD).</translation>
        </message>
        <message>
            <source>Fresh check after (recommended)</source>
            <comment>Recommended_reassess_months</comment>
            <translation>Nova avaliação após (recomendado)</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-24 months. Built-in default: 6.

Registry: Software\Policies\DeskCoach\Recommended, value reassess_months (REG_DWORD).</source>
            <comment>Recommended_reassess_months_Help</comment>
            <translation>Meses após uma avaliação do posto de trabalho até o DeskCoach sugerir uma nova.

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: 1-24 meses. Padrão embutido: 6.

Registro: Software\Policies\DeskCoach\Recommended, valor reassess_months (REG_DWORD).</translation>
        </message>
        <message>
            <source>Streak goal (recommended)</source>
            <comment>Recommended_goal_percent</comment>
            <translation>Meta da sequência (recomendado)</translation>
        </message>
        <message>
            <source>The share of the day's due breaks to take for the day to join your streak on the progress dashboard.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 10-100 %. Built-in default: 80.

Registry: Software\Policies\DeskCoach\Recommended, value goal_percent (REG_DWORD).</source>
            <comment>Recommended_goal_percent_Help</comment>
            <translation>A parte das pausas previstas do dia que precisa ser feita para o dia entrar na sua sequência no painel de progresso.

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: 10-100 %. Padrão embutido: 80.

Registro: Software\Policies\DeskCoach\Recommended, valor goal_percent (REG_DWORD).</translation>
        </message>
        <message>
            <source>Eye breaks every (recommended)</source>
            <comment>Recommended_eye_break_minutes</comment>
            <translation>Pausa para os olhos a cada (recomendado)</translation>
        </message>
        <message>
            <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-60 minutes, or 0 for off. Built-in default: 20.

Registry: Software\Policies\DeskCoach\Recommended, value eye_break_minutes (REG_DWORD).

The list offers 5-60 and off (0), stored as 0.</source>
            <comment>Recommended_eye_break_minutes_Help</comment>
            <translation>Um aviso de 20 segundos para olhar para longe, entre as pausas ativas (0 = desligado).

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: 5-60 minutos, ou 0 para desligado. Padrão embutido: 20.

Registro: Software\Policies\DeskCoach\Recommended, valor eye_break_minutes (REG_DWORD).

A lista oferece 5-60 e desligado (0), gravado como 0.</translation>
        </message>
        <message>
            <source>Daily anchors (recommended)</source>
            <comment>Recommended_daily_anchors</comment>
            <translation>Âncoras diárias (recomendado)</translation>
        </message>
        <message>
            <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none. Built-in default: (empty).

Registry: Software\Policies\DeskCoach\Recommended, value daily_anchors (REG_SZ).</source>
            <comment>Recommended_daily_anchors_Help</comment>
            <translation>Rotinas opcionais de cinco minutos em momentos que você já tem, ex.: coffee 08:30, lunch 12:30, end of day 17:15; vazio significa nenhuma.

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: Rotinas opcionais de cinco minutos em momentos que você já tem, ex.: coffee 08:30, lunch 12:30, end of day 17:15; vazio significa nenhuma. Padrão embutido: (vazio).

Registro: Software\Policies\DeskCoach\Recommended, valor daily_anchors (REG_SZ).</translation>
        </message>
        <message>
            <source>Volume (recommended)</source>
            <comment>Recommended_sound_volume</comment>
            <translation>Volume (recomendado)</translation>
        </message>
        <message>
            <source>How loud the break cues are.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-100 %. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value sound_volume (REG_DWORD).</source>
            <comment>Recommended_sound_volume_Help</comment>
            <translation>O volume dos sinais das pausas.

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: 0-100 %. Padrão embutido: 60.

Registro: Software\Policies\DeskCoach\Recommended, valor sound_volume (REG_DWORD).</translation>
        </message>
        <message>
            <source>Cue (recommended)</source>
            <comment>Recommended_sound_cue</comment>
            <translation>Sinal sonoro (recomendado)</translation>
        </message>
        <message>
            <source>Which of DeskCoach's sounds the cues use.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: chime | bell | soft. Built-in default: chime.

Registry: Software\Policies\DeskCoach\Recommended, value sound_cue (REG_SZ).</source>
            <comment>Recommended_sound_cue_Help</comment>
            <translation>Qual som do DeskCoach os sinais usam.

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: chime | bell | soft. Padrão embutido: chime.

Registro: Software\Policies\DeskCoach\Recommended, valor sound_cue (REG_SZ).</translation>
        </message>
        <message>
            <source>Break window on (recommended)</source>
            <comment>Recommended_break_screens</comment>
            <translation>Janela da pausa em (recomendado)</translation>
        </message>
        <message>
            <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer's screen and a calm dimmed panel on the others (it never blocks input).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: pointer | primary | all. Built-in default: pointer.

Registry: Software\Policies\DeskCoach\Recommended, value break_screens (REG_SZ).</source>
            <comment>Recommended_break_screens_Help</comment>
            <translation>ponteiro: a tela com o ponteiro do mouse; principal: a tela principal; todas: a pausa na tela do ponteiro e um painel calmo e escurecido nas outras (nunca bloqueia a digitação).

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: pointer | primary | all. Padrão embutido: pointer.

Registro: Software\Policies\DeskCoach\Recommended, valor break_screens (REG_SZ).</translation>
        </message>
        <message>
            <source>Colours (recommended)</source>
            <comment>Recommended_theme</comment>
            <translation>Cores (recomendado)</translation>
        </message>
        <message>
            <source>Light or dark windows; system follows your desktop's colour scheme.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: system | light | dark. Built-in default: system.

Registry: Software\Policies\DeskCoach\Recommended, value theme (REG_SZ).</source>
            <comment>Recommended_theme_Help</comment>
            <translation>Janelas claras ou escuras; sistema segue o esquema de cores da sua área de trabalho.

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: system | light | dark. Padrão embutido: system.

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
            <translation>O idioma das janelas, dos exercícios e das mensagens do DeskCoach; sistema segue o da sua área de trabalho.

Habilitado: o valor vale até o usuário alterá-lo nas configurações.
Não configurado: vale o padrão da máquina do DeskCoach ou o padrão embutido.

Permitido: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Padrão embutido: system.

Registro: Software\Policies\DeskCoach\Recommended, valor language (REG_SZ).</translation>
        </message>
        <message>
            <source>DeskCoach 0.1 or later</source>
            <comment>SUPPORTED_DeskCoach_0_1</comment>
            <translation>DeskCoach 0.1 ou posterior</translation>
        </message>
    </context>
    <context>
        <name>man</name>
        <message>
            <source>.SH NAME
deskcoach \- calm system-tray coach for short movement breaks</source>
            <comment>block 1</comment>
            <translation>.SH NAME
deskcoach \- assistente tranquilo na bandeja do sistema para pausas ativas curtas</translation>
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
roda um cronômetro de trabalho na bandeja do sistema e, quando chega a hora de uma pausa, guia uma pausa ativa curta na tela sem tirar o foco do teclado. Sem
.IR COMMAND ,
inicia o aplicativo da bandeja; se ele já estiver em execução para este usuário, nada mais é iniciado. Os outros comandos mostram informações ou controlam o aplicativo em execução.</translation>
        </message>
        <message>
            <source>.PP
DeskCoach gives general movement guidance, not medical advice.</source>
            <comment>block 4</comment>
            <translation>.PP
O DeskCoach oferece orientação geral sobre movimento, não aconselhamento médico.</translation>
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
Mantém todas as configurações e dados em
.I DIR
(modo portátil) em vez das pastas de cada usuário.</translation>
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
Executa cada duração
.I N
vezes mais rápido (demonstrações e testes).</translation>
        </message>
        <message>
            <source>.TP
.B \-\-version
Print the version and exit.</source>
            <comment>block 8</comment>
            <translation>.TP
.B \-\-version
Mostra a versão e sai.</translation>
        </message>
        <message>
            <source>.TP
.BR \-h ", " \-\-help
Print the commands and options; each command also takes
.BR \-\-help .</source>
            <comment>block 9</comment>
            <translation>.TP
.BR \-h ", " \-\-help
Mostra os comandos e opções; cada comando também aceita
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
Inicia o aplicativo da bandeja (padrão).</translation>
        </message>
        <message>
            <source>.TP
.BR status " [" \-\-json ]
What the running app is doing.</source>
            <comment>block 12</comment>
            <translation>.TP
.BR status " [" \-\-json ]
O que o aplicativo em execução está fazendo.</translation>
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
Faz uma pausa agora.</translation>
        </message>
        <message>
            <source>.TP
.BI pause " LENGTH"
Pause breaks: 30m, 1h, 1h30m and so on up to 24h, or tomorrow.</source>
            <comment>block 14</comment>
            <translation>.TP
.BI pause " LENGTH"
Suspende as pausas: 30m, 1h, 1h30m e assim por diante até 24h, ou tomorrow.</translation>
        </message>
        <message>
            <source>.TP
.BR resume ", " skip\-next ", " snooze ", " done ", " swap ", " quit
Drive the running app: end a pause, skip the break on screen or the next one, snooze or
finish the break on screen, swap its exercise, quit.</source>
            <comment>block 15</comment>
            <translation>.TP
.BR resume ", " skip\-next ", " snooze ", " done ", " swap ", " quit
Controla o aplicativo em execução: encerra uma suspensão, pula a pausa na tela ou a próxima, adia ou conclui a pausa na tela, troca o exercício, encerra o aplicativo.</translation>
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
Lista o catálogo de exercícios ou mostra um exercício.</translation>
        </message>
        <message>
            <source>.TP
.BR checklist " items|export"
The workstation checklist: list its questions, or export an assessment as PDF or JSON.</source>
            <comment>block 17</comment>
            <translation>.TP
.BR checklist " items|export"
A lista de verificação do posto de trabalho: lista as perguntas ou exporta uma avaliação em PDF ou JSON.</translation>
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
Pausas por dia, como tabela, CSV ou JSON; com \-\-summary, os números principais do painel de progresso (hoje, esta semana contra a anterior, a sequência, os minutos de movimento, as regiões) sobre todo o histórico.</translation>
        </message>
        <message>
            <source>.TP
.B checkin \-\-pain \fIN\fP [\-\-region \fIR\fP] [\-\-exercise \fIID\fP]
Log how your body feels now (0-10); the coach paces each exercise's level by these answers.</source>
            <comment>block 19</comment>
            <translation>.TP
.B checkin \-\-pain \fIN\fP [\-\-region \fIR\fP] [\-\-exercise \fIID\fP]
Registra como o seu corpo está agora (0-10); o assistente ajusta o nível de cada exercício por essas respostas.</translation>
        </message>
        <message>
            <source>.TP
.B log [\-\-days \fIN\fP] [\-\-format table|csv|json] [\-\-pdf \fIFILE\fP]
Your check-ins and the plan's changes; with \-\-pdf, a one-page log for a clinician.</source>
            <comment>block 20</comment>
            <translation>.TP
.B log [\-\-days \fIN\fP] [\-\-format table|csv|json] [\-\-pdf \fIFILE\fP]
Seus check-ins e as mudanças no plano; com \-\-pdf, um registro de uma página para um profissional de saúde.</translation>
        </message>
        <message>
            <source>.TP
.BR programme " list|show|start|stop|status"
Multi-week programmes in phases: list them (with suggestions), show one, start, stop, or
show the running one's phase and week.</source>
            <comment>block 21</comment>
            <translation>.TP
.BR programme " list|show|start|stop|status"
Programas de várias semanas em fases: lista os programas (com sugestões), mostra um, inicia, para ou mostra a fase e a semana do que está em andamento.</translation>
        </message>
        <message>
            <source>.TP
.BI export " FILE" "\fR, \fPimport" " FILE"
Write all your data to a JSON file, or merge such a file into this profile.</source>
            <comment>block 22</comment>
            <translation>.TP
.BI export " FILE" "\fR, \fPimport" " FILE"
Grava todos os seus dados em um arquivo JSON, ou mescla um arquivo desses neste perfil.</translation>
        </message>
        <message>
            <source>.TP
.BR config " show|set|validate"
Show every effective setting and where it comes from, set one, or check a settings file.</source>
            <comment>block 23</comment>
            <translation>.TP
.BR config " show|set|validate"
Mostra cada configuração em vigor e de onde ela vem, define uma ou verifica um arquivo de configurações.</translation>
        </message>
        <message>
            <source>.TP
.BR policy " show|validate"
Show the organisation's effective policy and its sources, or check a policy file.</source>
            <comment>block 24</comment>
            <translation>.TP
.BR policy " show|validate"
Mostra a política em vigor da organização e suas origens, ou verifica um arquivo de política.</translation>
        </message>
        <message>
            <source>.TP
.B doctor
Which idle, full-screen and meeting detectors work on this desktop.</source>
            <comment>block 25</comment>
            <translation>.TP
.B doctor
Quais detectores de inatividade, tela cheia e reuniões funcionam nesta área de trabalho.</translation>
        </message>
        <message>
            <source>.TP
.B safety
When to get help: the signs that need emergency care now, a clinician soon, or stopping the
exercise. General movement guidance, not medical advice.</source>
            <comment>block 26</comment>
            <translation>.TP
.B safety
Quando buscar ajuda: os sinais que exigem atendimento de emergência agora, um profissional de saúde logo, ou parar o exercício. Orientação geral sobre movimento, não aconselhamento médico.</translation>
        </message>
        <message>
            <source>.SH EXIT STATUS
0 done; 1 DeskCoach is not running, or something failed; 2 refused (a bad value, an action
the current state, settings or policy do not allow, an invalid file).</source>
            <comment>block 27</comment>
            <translation>.SH EXIT STATUS
0 concluído; 1 o DeskCoach não está em execução, ou algo falhou; 2 recusado (um valor inválido, uma ação que o estado atual, as configurações ou a política não permitem, um arquivo inválido).</translation>
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
As configurações do usuário.</translation>
        </message>
        <message>
            <source>.TP
.I ~/.local/share/DeskCoach/history.sqlite3
Break history, kept on this computer only.</source>
            <comment>block 30</comment>
            <translation>.TP
.I ~/.local/share/DeskCoach/history.sqlite3
Histórico de pausas, guardado só neste computador.</translation>
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
Política da organização: configurações obrigatórias e recomendadas, limites e padrões da máquina; também todos os arquivos
.I *.json
em
.I /etc/deskcoach/managed/
e
.IR /etc/deskcoach/recommended/ .
Estes arquivos são do administrador: o pacote não os instala nem os remove.</translation>
        </message>
        <message>
            <source>.TP
.I /usr/share/doc/deskcoach/example-policy.json
An example policy to start from, with its JSON Schema,
.IR policy.schema.json .</source>
            <comment>block 32</comment>
            <translation>.TP
.I /usr/share/doc/deskcoach/example-policy.json
Um exemplo de política para começar, com o seu JSON Schema,
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
Inicia o DeskCoach no login de cada usuário. Desligar "Iniciar com o sistema" nas configurações do DeskCoach grava
.I ~/.config/autostart/io.github.deskcoach.DeskCoach.desktop
com
.BR Hidden=true ,
o que a anula para esse usuário.</translation>
        </message>
        <message>
            <source>.SH SEE ALSO
The administrator's guide and the policy schema in DeskCoach's source,
.IR packaging/ .</source>
            <comment>block 34</comment>
            <translation>.SH SEE ALSO
O guia do administrador e o esquema de políticas no código-fonte do DeskCoach,
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
            <translation>SINOPSE</translation>
        </message>
        <message>
            <source>DESCRIPTION</source>
            <comment>man page section heading (capitals): DESCRIPTION</comment>
            <translation>DESCRIÇÃO</translation>
        </message>
        <message>
            <source>OPTIONS</source>
            <comment>man page section heading (capitals): OPTIONS</comment>
            <translation>OPÇÕES</translation>
        </message>
        <message>
            <source>COMMANDS</source>
            <comment>man page section heading (capitals): COMMANDS</comment>
            <translation>COMANDOS</translation>
        </message>
        <message>
            <source>EXIT STATUS</source>
            <comment>man page section heading (capitals): EXIT STATUS</comment>
            <translation>STATUS DE SAÍDA</translation>
        </message>
        <message>
            <source>FILES</source>
            <comment>man page section heading (capitals): FILES</comment>
            <translation>ARQUIVOS</translation>
        </message>
        <message>
            <source>SEE ALSO</source>
            <comment>man page section heading (capitals): SEE ALSO</comment>
            <translation>VEJA TAMBÉM</translation>
        </message>
    </context>
</TS>
