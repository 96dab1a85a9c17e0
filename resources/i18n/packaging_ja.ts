<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
    <context>
        <name>desktop</name>
        <message>
            <source>Break Reminder</source>
            <comment>GenericName</comment>
            <translation>休憩リマインダー</translation>
        </message>
        <message>
            <source>Reminds you to take short movement breaks at your desk</source>
            <comment>Comment</comment>
            <translation>デスクでの短い運動休憩を促します</translation>
        </message>
        <message>
            <source>break;pause;ergonomics;posture;stretch;exercise;movement;health;RSI;timer;</source>
            <comment>Keywords</comment>
            <translation>break;pause;ergonomics;posture;stretch;exercise;movement;health;RSI;timer;休憩;姿勢;ストレッチ;運動;健康;タイマー;腱鞘炎;</translation>
        </message>
    </context>
    <context>
        <name>appstream</name>
        <message>
            <source>Calm reminders to take short movement breaks</source>
            <comment>summary</comment>
            <translation>短い運動休憩を穏やかに促すリマインダー</translation>
        </message>
        <message>
            <source>DeskCoach is a calm system-tray coach for people who sit at a screen all day. It runs a work timer and, when a break is due, guides a short movement break on screen, without taking the keyboard focus.</source>
            <comment>description/p[1]</comment>
            <translation>DeskCoach は、一日中画面の前に座って働く人のための、システムトレイに常駐する穏やかなコーチです。作業タイマーを動かし、休憩の時間になると、キーボードのフォーカスを奪わずに画面上で短い運動休憩を案内します。</translation>
        </message>
        <message>
            <source>Short movement breaks and stretches with illustrated steps; body regions rotate through the day</source>
            <comment>description/li[3]</comment>
            <translation>イラスト付きの手順で行う短い運動休憩とストレッチ。体の部位は一日を通して順番に替わります</translation>
        </message>
        <message>
            <source>Waits while you keep typing, and counts time away from the computer as a natural break</source>
            <comment>description/li[4]</comment>
            <translation>入力を続けている間は待機し、コンピューターから離れていた時間を自然な休憩として数えます</translation>
        </message>
        <message>
            <source>A workstation checklist with a report you can export</source>
            <comment>description/li[5]</comment>
            <translation>エクスポートできるレポート付きの作業環境チェックリスト</translation>
        </message>
        <message>
            <source>Progress charts, kept on your computer only: nothing is ever sent anywhere</source>
            <comment>description/li[6]</comment>
            <translation>進み具合のグラフはあなたのコンピューターにのみ保存され、どこにも送信されません</translation>
        </message>
        <message>
            <source>Organisation policy for fleets: locked settings and limits in /etc/deskcoach</source>
            <comment>description/li[7]</comment>
            <translation>多数の端末向けの組織ポリシー：/etc/deskcoach で設定の固定と制限</translation>
        </message>
        <message>
            <source>DeskCoach gives general movement guidance, not medical advice.</source>
            <comment>description/p[8]</comment>
            <translation>DeskCoach は一般的な運動のガイダンスを提供するもので、医学的な助言ではありません。</translation>
        </message>
    </context>
    <context>
        <name>adml</name>
        <message>
            <source>Movement-break reminders. Policies here are mandatory: users cannot change them. DeskCoach has no network code and reports nothing to the organisation.</source>
            <comment>DeskCoach_Help</comment>
            <translation>運動休憩のリマインダー。ここでのポリシーは必須で、ユーザーは変更できません。DeskCoach にはネットワーク通信のコードがなく、組織に何も報告しません。</translation>
        </message>
        <message>
            <source>Timing</source>
            <comment>Cat_Timing</comment>
            <translation>タイミング</translation>
        </message>
        <message>
            <source>Putting breaks off</source>
            <comment>Cat_Putting_breaks_off</comment>
            <translation>休憩の先送り</translation>
        </message>
        <message>
            <source>Sound</source>
            <comment>Cat_Sound</comment>
            <translation>サウンド</translation>
        </message>
        <message>
            <source>Exercises</source>
            <comment>Cat_Exercises</comment>
            <translation>運動</translation>
        </message>
        <message>
            <source>Smart timing</source>
            <comment>Cat_Smart_timing</comment>
            <translation>スマートタイミング</translation>
        </message>
        <message>
            <source>Workstation check</source>
            <comment>Cat_Workstation_check</comment>
            <translation>作業環境チェック</translation>
        </message>
        <message>
            <source>Progress</source>
            <comment>Cat_Progress</comment>
            <translation>進み具合</translation>
        </message>
        <message>
            <source>Eye breaks</source>
            <comment>Cat_Eye_breaks</comment>
            <translation>目の休憩</translation>
        </message>
        <message>
            <source>Daily routines</source>
            <comment>Cat_Daily_routines</comment>
            <translation>毎日のルーティン</translation>
        </message>
        <message>
            <source>Break window</source>
            <comment>Cat_Break_window</comment>
            <translation>休憩ウィンドウ</translation>
        </message>
        <message>
            <source>Appearance</source>
            <comment>Cat_Appearance</comment>
            <translation>外観</translation>
        </message>
        <message>
            <source>Limits (users may only make these stricter)</source>
            <comment>Cat_Limits</comment>
            <translation>制限（ユーザーはより厳しくすることしかできません）</translation>
        </message>
        <message>
            <source>Features</source>
            <comment>Cat_Features</comment>
            <translation>機能</translation>
        </message>
        <message>
            <source>Recommended (users may change these)</source>
            <comment>Cat_Recommended</comment>
            <translation>推奨（ユーザーが変更できます）</translation>
        </message>
        <message>
            <source>Work interval</source>
            <comment>work_minutes</comment>
            <translation>作業時間</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-120 minutes. Built-in default: 40.

Registry: Software\Policies\DeskCoach, value work_minutes (REG_DWORD).</source>
            <comment>work_minutes_Help</comment>
            <translation>休憩と休憩の間の作業時間（分）。30〜45 分がおすすめです。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：5-120 分。組み込みの既定値：40。

レジストリ：Software\Policies\DeskCoach、値 work_minutes（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Break length</source>
            <comment>break_seconds</comment>
            <translation>休憩の長さ</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 30-600 seconds. Built-in default: 120.

Registry: Software\Policies\DeskCoach, value break_seconds (REG_DWORD).</source>
            <comment>break_seconds_Help</comment>
            <translation>運動休憩1回の長さ。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：30-600 秒。組み込みの既定値：120。

レジストリ：Software\Policies\DeskCoach、値 break_seconds（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Notice before a break</source>
            <comment>notice_seconds</comment>
            <translation>休憩前のお知らせ</translation>
        </message>
        <message>
            <source>How early the tray warns that a break is coming (0 = no notice).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-300 seconds. Built-in default: 60.

Registry: Software\Policies\DeskCoach, value notice_seconds (REG_DWORD).</source>
            <comment>notice_seconds_Help</comment>
            <translation>休憩が近いことをトレイが知らせるタイミング（0 = 知らせない）。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：0-300 秒。組み込みの既定値：60。

レジストリ：Software\Policies\DeskCoach、値 notice_seconds（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Snooze length</source>
            <comment>snooze_minutes</comment>
            <translation>スヌーズの長さ</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach, value snooze_minutes (REG_DWORD).</source>
            <comment>snooze_minutes_Help</comment>
            <translation>スヌーズで休憩を延ばす時間。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：1-30 分。組み込みの既定値：5。

レジストリ：Software\Policies\DeskCoach、値 snooze_minutes（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Snoozes per break</source>
            <comment>snoozes_per_break</comment>
            <translation>休憩ごとのスヌーズ回数</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-5. Built-in default: 2.

Registry: Software\Policies\DeskCoach, value snoozes_per_break (REG_DWORD).</source>
            <comment>snoozes_per_break_Help</comment>
            <translation>1回の休憩をスヌーズできる回数。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：0-5。組み込みの既定値：2。

レジストリ：Software\Policies\DeskCoach、値 snoozes_per_break（REG_DWORD）。</translation>
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
            <translation>無制限</translation>
        </message>
        <message>
            <source>Skips per day</source>
            <comment>daily_skip_budget</comment>
            <translation>1日のスキップ回数</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-20, or -1 for unlimited. Built-in default: 3.

Registry: Software\Policies\DeskCoach, value daily_skip_budget (REG_DWORD).

The list offers 0-20 and unlimited (-1), stored as 4294967295.</source>
            <comment>daily_skip_budget_Help</comment>
            <translation>1日にスキップできる休憩の数。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：0-20、または -1（無制限）。組み込みの既定値：3。

レジストリ：Software\Policies\DeskCoach、値 daily_skip_budget（REG_DWORD）。

一覧には 0-20 と無制限（-1）があり、4294967295 として保存されます。</translation>
        </message>
        <message>
            <source>Strict mode</source>
            <comment>strict_mode</comment>
            <translation>厳格モード</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value strict_mode (REG_DWORD).</source>
            <comment>strict_mode_Help</comment>
            <translation>休憩のスキップやスヌーズができなくなります。

有効：オン（固定）。
無効：オフ（固定）。
未構成：ユーザー自身の選択が適用されます。

許可される値：オンまたはオフ。組み込みの既定値：オフ。

レジストリ：Software\Policies\DeskCoach、値 strict_mode（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value sound (REG_DWORD).</source>
            <comment>sound_Help</comment>
            <translation>休憩の開始時と終了時に控えめな合図を鳴らします（会議で休憩が待機している間は鳴らしません）。

有効：オン（固定）。
無効：オフ（固定）。
未構成：ユーザー自身の選択が適用されます。

許可される値：オンまたはオフ。組み込みの既定値：オン。

レジストリ：Software\Policies\DeskCoach、値 sound（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Start at login</source>
            <comment>start_at_login</comment>
            <translation>ログイン時に起動</translation>
        </message>
        <message>
            <source>Start DeskCoach when you log in.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value start_at_login (REG_DWORD).</source>
            <comment>start_at_login_Help</comment>
            <translation>ログイン時に DeskCoach を起動します。

有効：オン（固定）。
無効：オフ（固定）。
未構成：ユーザー自身の選択が適用されます。

許可される値：オンまたはオフ。組み込みの既定値：オン。

レジストリ：Software\Policies\DeskCoach、値 start_at_login（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Reduced motion</source>
            <comment>reduced_motion</comment>
            <translation>動きを減らす</translation>
        </message>
        <message>
            <source>Show still key poses instead of animations.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value reduced_motion (REG_DWORD).</source>
            <comment>reduced_motion_Help</comment>
            <translation>アニメーションの代わりに、主要なポーズを静止画で表示します。

有効：オン（固定）。
無効：オフ（固定）。
未構成：ユーザー自身の選択が適用されます。

許可される値：オンまたはオフ。組み込みの既定値：オフ。

レジストリ：Software\Policies\DeskCoach、値 reduced_motion（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Seated only</source>
            <comment>seated_only</comment>
            <translation>座ってできる運動のみ</translation>
        </message>
        <message>
            <source>Only suggest exercises that can be done sitting down.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach, value seated_only (REG_DWORD).</source>
            <comment>seated_only_Help</comment>
            <translation>座ったままできる運動だけを提案します。

有効：オン（固定）。
無効：オフ（固定）。
未構成：ユーザー自身の選択が適用されます。

許可される値：オンまたはオフ。組み込みの既定値：オフ。

レジストリ：Software\Policies\DeskCoach、値 seated_only（REG_DWORD）。</translation>
        </message>
        <message>
            <source>any</source>
            <comment>spine_preference_any</comment>
            <translation>すべて (any)</translation>
        </message>
        <message>
            <source>extension</source>
            <comment>spine_preference_extension</comment>
            <translation>後ろへの反らしのみ (extension)</translation>
        </message>
        <message>
            <source>flexion</source>
            <comment>spine_preference_flexion</comment>
            <translation>前屈のみ (flexion)</translation>
        </message>
        <message>
            <source>Back movements</source>
            <comment>spine_preference</comment>
            <translation>背中の動き</translation>
        </message>
        <message>
            <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: any | extension | flexion. Built-in default: any.

Registry: Software\Policies\DeskCoach, value spine_preference (REG_SZ).</source>
            <comment>spine_preference_Help</comment>
            <translation>前屈（屈曲）または後ろへの反らし（伸展）のどちらかが合わない場合は、その動きを除外します。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：any | extension | flexion。組み込みの既定値：any。

レジストリ：Software\Policies\DeskCoach、値 spine_preference（REG_SZ）。</translation>
        </message>
        <message>
            <source>Regions to leave out</source>
            <comment>avoid_regions</comment>
            <translation>除外する部位</translation>
        </message>
        <message>
            <source>Body regions DeskCoach should not suggest exercises for.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: a list of up to 64 of: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach, value avoid_regions (REG_MULTI_SZ).</source>
            <comment>avoid_regions_Help</comment>
            <translation>DeskCoach が運動を提案しない体の部位。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：次のうち最大 64 個のリスト：neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body（1行に1つ）。組み込みの既定値：（なし）。

レジストリ：Software\Policies\DeskCoach、値 avoid_regions（REG_MULTI_SZ）。</translation>
        </message>
        <message>
            <source>Exercises to leave out</source>
            <comment>avoid_exercises</comment>
            <translation>除外する運動</translation>
        </message>
        <message>
            <source>Exercises DeskCoach should never suggest.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: a list of up to 64 of: exercise ids (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach, value avoid_exercises (REG_MULTI_SZ).</source>
            <comment>avoid_exercises_Help</comment>
            <translation>DeskCoach が決して提案しない運動。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：次のうち最大 64 個のリスト：運動 ID（1行に1つ）。組み込みの既定値：（なし）。

レジストリ：Software\Policies\DeskCoach、値 avoid_exercises（REG_MULTI_SZ）。</translation>
        </message>
        <message>
            <source>Away after</source>
            <comment>idle_minutes</comment>
            <translation>離席とみなすまで</translation>
        </message>
        <message>
            <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break's length counts as a natural break.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach, value idle_minutes (REG_DWORD).</source>
            <comment>idle_minutes_Help</comment>
            <translation>キーボードやマウスの操作がなくなってから作業タイマーが止まるまでの時間（分）。休憩の長さ以上たってから戻ると、自然な休憩として数えます。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：1-30 分。組み込みの既定値：5。

レジストリ：Software\Policies\DeskCoach、値 idle_minutes（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Wait for full-screen apps</source>
            <comment>defer_fullscreen</comment>
            <translation>全画面アプリを待つ</translation>
        </message>
        <message>
            <source>Hold a break while a full-screen app or presentation is in front.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value defer_fullscreen (REG_DWORD).</source>
            <comment>defer_fullscreen_Help</comment>
            <translation>全画面アプリやプレゼンテーションが前面にある間は休憩を待機させます。

有効：オン（固定）。
無効：オフ（固定）。
未構成：ユーザー自身の選択が適用されます。

許可される値：オンまたはオフ。組み込みの既定値：オン。

レジストリ：Software\Policies\DeskCoach、値 defer_fullscreen（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Wait for meetings</source>
            <comment>defer_meetings</comment>
            <translation>会議を待つ</translation>
        </message>
        <message>
            <source>Hold a break while another app uses the camera or microphone.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value defer_meetings (REG_DWORD).</source>
            <comment>defer_meetings_Help</comment>
            <translation>他のアプリがカメラやマイクを使っている間は休憩を待機させます。

有効：オン（固定）。
無効：オフ（固定）。
未構成：ユーザー自身の選択が適用されます。

許可される値：オンまたはオフ。組み込みの既定値：オン。

レジストリ：Software\Policies\DeskCoach、値 defer_meetings（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Longest wait</source>
            <comment>max_defer_minutes</comment>
            <translation>最長の待機時間</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-240 minutes. Built-in default: 60.

Registry: Software\Policies\DeskCoach, value max_defer_minutes (REG_DWORD).</source>
            <comment>max_defer_minutes_Help</comment>
            <translation>この時間を過ぎると、待機中の休憩をやさしくお知らせします。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：5-240 分。組み込みの既定値：60。

レジストリ：Software\Policies\DeskCoach、値 max_defer_minutes（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Working hours</source>
            <comment>working_hours</comment>
            <translation>勤務時間</translation>
        </message>
        <message>
            <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always. Built-in default: (empty).

Registry: Software\Policies\DeskCoach, value working_hours (REG_SZ).</source>
            <comment>working_hours_Help</comment>
            <translation>例：mon-fri 08:30-12:30,13:30-17:30。空欄は常に勤務時間とみなします。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：例：mon-fri 08:30-12:30,13:30-17:30。空欄は常に勤務時間とみなします。組み込みの既定値：（空）。

レジストリ：Software\Policies\DeskCoach、値 working_hours（REG_SZ）。</translation>
        </message>
        <message>
            <source>Checklist reminders</source>
            <comment>checklist_reminders</comment>
            <translation>チェックリストのリマインダー</translation>
        </message>
        <message>
            <source>Remind me of open workstation actions and when a fresh check is due.

Enabled: on (locked).
Disabled: off (locked).
Not configured: the user's own choice applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach, value checklist_reminders (REG_DWORD).</source>
            <comment>checklist_reminders_Help</comment>
            <translation>未対応の作業環境の項目と、改めてのチェックの時期をお知らせします。

有効：オン（固定）。
無効：オフ（固定）。
未構成：ユーザー自身の選択が適用されます。

許可される値：オンまたはオフ。組み込みの既定値：オン。

レジストリ：Software\Policies\DeskCoach、値 checklist_reminders（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Fresh check after</source>
            <comment>reassess_months</comment>
            <translation>次のチェックまで</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 1-24 months. Built-in default: 6.

Registry: Software\Policies\DeskCoach, value reassess_months (REG_DWORD).</source>
            <comment>reassess_months_Help</comment>
            <translation>作業環境チェックから、DeskCoach が新しいチェックを勧めるまでの月数。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：1-24 か月。組み込みの既定値：6。

レジストリ：Software\Policies\DeskCoach、値 reassess_months（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Streak goal</source>
            <comment>goal_percent</comment>
            <translation>連続記録の目標</translation>
        </message>
        <message>
            <source>The share of the day's due breaks to take for the day to join your streak on the progress dashboard.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 10-100 %. Built-in default: 80.

Registry: Software\Policies\DeskCoach, value goal_percent (REG_DWORD).</source>
            <comment>goal_percent_Help</comment>
            <translation>その日を進み具合ダッシュボードの連続記録に加えるために取る、その日の予定された休憩の割合。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：10-100 %。組み込みの既定値：80。

レジストリ：Software\Policies\DeskCoach、値 goal_percent（REG_DWORD）。</translation>
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
            <translation>オフ</translation>
        </message>
        <message>
            <source>Eye breaks every</source>
            <comment>eye_break_minutes</comment>
            <translation>目の休憩の間隔</translation>
        </message>
        <message>
            <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 5-60 minutes, or 0 for off. Built-in default: 20.

Registry: Software\Policies\DeskCoach, value eye_break_minutes (REG_DWORD).

The list offers 5-60 and off (0), stored as 0.</source>
            <comment>eye_break_minutes_Help</comment>
            <translation>運動休憩の合間に、20秒間遠くを見るよう促します（0 = オフ）。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：5-60 分、または 0（オフ）。組み込みの既定値：20。

レジストリ：Software\Policies\DeskCoach、値 eye_break_minutes（REG_DWORD）。

一覧には 5-60 とオフ（0）があり、0 として保存されます。</translation>
        </message>
        <message>
            <source>Daily anchors</source>
            <comment>daily_anchors</comment>
            <translation>毎日の習慣タイミング</translation>
        </message>
        <message>
            <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none. Built-in default: (empty).

Registry: Software\Policies\DeskCoach, value daily_anchors (REG_SZ).</source>
            <comment>daily_anchors_Help</comment>
            <translation>いつも必ずある時間に行う、任意の5分間のルーティン。例：coffee 08:30, lunch 12:30, end of day 17:15。空欄はなし。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：いつも必ずある時間に行う、任意の5分間のルーティン。例：coffee 08:30, lunch 12:30, end of day 17:15。空欄はなし。組み込みの既定値：（空）。

レジストリ：Software\Policies\DeskCoach、値 daily_anchors（REG_SZ）。</translation>
        </message>
        <message>
            <source>Volume</source>
            <comment>sound_volume</comment>
            <translation>音量</translation>
        </message>
        <message>
            <source>How loud the break cues are.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: 0-100 %. Built-in default: 60.

Registry: Software\Policies\DeskCoach, value sound_volume (REG_DWORD).</source>
            <comment>sound_volume_Help</comment>
            <translation>休憩の合図の音の大きさ。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：0-100 %。組み込みの既定値：60。

レジストリ：Software\Policies\DeskCoach、値 sound_volume（REG_DWORD）。</translation>
        </message>
        <message>
            <source>chime</source>
            <comment>sound_cue_chime</comment>
            <translation>チャイム (chime)</translation>
        </message>
        <message>
            <source>bell</source>
            <comment>sound_cue_bell</comment>
            <translation>ベル (bell)</translation>
        </message>
        <message>
            <source>soft</source>
            <comment>sound_cue_soft</comment>
            <translation>ソフト (soft)</translation>
        </message>
        <message>
            <source>Cue</source>
            <comment>sound_cue</comment>
            <translation>合図の音</translation>
        </message>
        <message>
            <source>Which of DeskCoach's sounds the cues use.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: chime | bell | soft. Built-in default: chime.

Registry: Software\Policies\DeskCoach, value sound_cue (REG_SZ).</source>
            <comment>sound_cue_Help</comment>
            <translation>合図に使う DeskCoach のサウンド。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：chime | bell | soft。組み込みの既定値：chime。

レジストリ：Software\Policies\DeskCoach、値 sound_cue（REG_SZ）。</translation>
        </message>
        <message>
            <source>pointer</source>
            <comment>break_screens_pointer</comment>
            <translation>ポインターのある画面 (pointer)</translation>
        </message>
        <message>
            <source>primary</source>
            <comment>break_screens_primary</comment>
            <translation>メイン画面 (primary)</translation>
        </message>
        <message>
            <source>all</source>
            <comment>break_screens_all</comment>
            <translation>すべての画面 (all)</translation>
        </message>
        <message>
            <source>Break window on</source>
            <comment>break_screens</comment>
            <translation>休憩ウィンドウの表示先</translation>
        </message>
        <message>
            <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer's screen and a calm dimmed panel on the others (it never blocks input).

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: pointer | primary | all. Built-in default: pointer.

Registry: Software\Policies\DeskCoach, value break_screens (REG_SZ).</source>
            <comment>break_screens_Help</comment>
            <translation>pointer：マウスポインターのある画面。primary：メイン画面。all：ポインターのある画面に休憩を表示し、他の画面は落ち着いた暗めのパネルにします（入力は妨げません）。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：pointer | primary | all。組み込みの既定値：pointer。

レジストリ：Software\Policies\DeskCoach、値 break_screens（REG_SZ）。</translation>
        </message>
        <message>
            <source>system</source>
            <comment>theme_system</comment>
            <translation>システムに従う (system)</translation>
        </message>
        <message>
            <source>light</source>
            <comment>theme_light</comment>
            <translation>ライト (light)</translation>
        </message>
        <message>
            <source>dark</source>
            <comment>theme_dark</comment>
            <translation>ダーク (dark)</translation>
        </message>
        <message>
            <source>Colours</source>
            <comment>theme</comment>
            <translation>配色</translation>
        </message>
        <message>
            <source>Light or dark windows; system follows your desktop's colour scheme.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: system | light | dark. Built-in default: system.

Registry: Software\Policies\DeskCoach, value theme (REG_SZ).</source>
            <comment>theme_Help</comment>
            <translation>ウィンドウを明るくするか暗くするか。system はデスクトップの配色に従います。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：system | light | dark。組み込みの既定値：system。

レジストリ：Software\Policies\DeskCoach、値 theme（REG_SZ）。</translation>
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
            <translation>言語</translation>
        </message>
        <message>
            <source>The language of DeskCoach's menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.

Enabled: the value is locked; the settings dialog shows it greyed with "Set by your organisation" and `deskcoach config set` refuses to change it.
Not configured: the user's own choice applies.

Allowed: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Built-in default: system.

Registry: Software\Policies\DeskCoach, value language (REG_SZ).</source>
            <comment>language_Help</comment>
            <translation>DeskCoach のメニュー、運動、メッセージの言語。system はデスクトップに従います。すぐに反映されますが、開いているウィンドウは次に開いた時に切り替わります。

有効：値は固定されます。設定ダイアログでは「組織によって設定されています」と表示されてグレーになり、`deskcoach config set` でも変更できません。
未構成：ユーザー自身の選択が適用されます。

許可される値：system | en | de | fr | es | it | nl | pt_BR | ja | ar。組み込みの既定値：system。

レジストリ：Software\Policies\DeskCoach、値 language（REG_SZ）。</translation>
        </message>
        <message>
            <source>Work interval: upper limit</source>
            <comment>Limit_work_minutes_max</comment>
            <translation>作業時間：上限</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 5-120 minutes.

Registry: Software\Policies\DeskCoach, value work_minutes.max (REG_DWORD).</source>
            <comment>Limit_work_minutes_max_Help</comment>
            <translation>休憩と休憩の間の作業時間（分）。30〜45 分がおすすめです。

有効：ユーザーはこの値以下しか選べません。超える設定はこの値に戻されます。制限は設定を厳しくする方向にのみ働き、複数の設定元で指定された場合は最も厳しいものが適用されます。
未構成：範囲全体が許可されます。

許可される値：5-120 分。

レジストリ：Software\Policies\DeskCoach、値 work_minutes.max（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Break length: lower limit</source>
            <comment>Limit_break_seconds_min</comment>
            <translation>休憩の長さ：下限</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: users may only choose at least this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 30-600 seconds.

Registry: Software\Policies\DeskCoach, value break_seconds.min (REG_DWORD).</source>
            <comment>Limit_break_seconds_min_Help</comment>
            <translation>運動休憩1回の長さ。

有効：ユーザーはこの値以上しか選べません。下回る設定はこの値に戻されます。制限は設定を厳しくする方向にのみ働き、複数の設定元で指定された場合は最も厳しいものが適用されます。
未構成：範囲全体が許可されます。

許可される値：30-600 秒。

レジストリ：Software\Policies\DeskCoach、値 break_seconds.min（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Snooze length: upper limit</source>
            <comment>Limit_snooze_minutes_max</comment>
            <translation>スヌーズの長さ：上限</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 1-30 minutes.

Registry: Software\Policies\DeskCoach, value snooze_minutes.max (REG_DWORD).</source>
            <comment>Limit_snooze_minutes_max_Help</comment>
            <translation>スヌーズで休憩を延ばす時間。

有効：ユーザーはこの値以下しか選べません。超える設定はこの値に戻されます。制限は設定を厳しくする方向にのみ働き、複数の設定元で指定された場合は最も厳しいものが適用されます。
未構成：範囲全体が許可されます。

許可される値：1-30 分。

レジストリ：Software\Policies\DeskCoach、値 snooze_minutes.max（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Snoozes per break: upper limit</source>
            <comment>Limit_snoozes_per_break_max</comment>
            <translation>休憩ごとのスヌーズ回数：上限</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 0-5.

Registry: Software\Policies\DeskCoach, value snoozes_per_break.max (REG_DWORD).</source>
            <comment>Limit_snoozes_per_break_max_Help</comment>
            <translation>1回の休憩をスヌーズできる回数。

有効：ユーザーはこの値以下しか選べません。超える設定はこの値に戻されます。制限は設定を厳しくする方向にのみ働き、複数の設定元で指定された場合は最も厳しいものが適用されます。
未構成：範囲全体が許可されます。

許可される値：0-5。

レジストリ：Software\Policies\DeskCoach、値 snoozes_per_break.max（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Skips per day: upper limit</source>
            <comment>Limit_daily_skip_budget_max</comment>
            <translation>1日のスキップ回数：上限</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 0-20.

Registry: Software\Policies\DeskCoach, value daily_skip_budget.max (REG_DWORD).</source>
            <comment>Limit_daily_skip_budget_max_Help</comment>
            <translation>1日にスキップできる休憩の数。

有効：ユーザーはこの値以下しか選べません。超える設定はこの値に戻されます。制限は設定を厳しくする方向にのみ働き、複数の設定元で指定された場合は最も厳しいものが適用されます。
未構成：範囲全体が許可されます。

許可される値：0-20。

レジストリ：Software\Policies\DeskCoach、値 daily_skip_budget.max（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Longest wait: upper limit</source>
            <comment>Limit_max_defer_minutes_max</comment>
            <translation>最長の待機時間：上限</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 5-240 minutes.

Registry: Software\Policies\DeskCoach, value max_defer_minutes.max (REG_DWORD).</source>
            <comment>Limit_max_defer_minutes_max_Help</comment>
            <translation>この時間を過ぎると、待機中の休憩をやさしくお知らせします。

有効：ユーザーはこの値以下しか選べません。超える設定はこの値に戻されます。制限は設定を厳しくする方向にのみ働き、複数の設定元で指定された場合は最も厳しいものが適用されます。
未構成：範囲全体が許可されます。

許可される値：5-240 分。

レジストリ：Software\Policies\DeskCoach、値 max_defer_minutes.max（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Fresh check after: upper limit</source>
            <comment>Limit_reassess_months_max</comment>
            <translation>次のチェックまで：上限</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: users may only choose at most this value; a setting beyond it is brought back to it. Limits only ever make settings stricter; when several sources set one, the strictest applies.
Not configured: the whole range is allowed.

Allowed: 1-24 months.

Registry: Software\Policies\DeskCoach, value reassess_months.max (REG_DWORD).</source>
            <comment>Limit_reassess_months_max_Help</comment>
            <translation>作業環境チェックから、DeskCoach が新しいチェックを勧めるまでの月数。

有効：ユーザーはこの値以下しか選べません。超える設定はこの値に戻されます。制限は設定を厳しくする方向にのみ働き、複数の設定元で指定された場合は最も厳しいものが適用されます。
未構成：範囲全体が許可されます。

許可される値：1-24 か月。

レジストリ：Software\Policies\DeskCoach、値 reassess_months.max（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Strict mode: required</source>
            <comment>Limit_strict_mode_required</comment>
            <translation>厳格モード：必須</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: strict mode must be on; users cannot switch it off.
Disabled or Not configured: no requirement.

Registry: Software\Policies\DeskCoach, value strict_mode.required (REG_DWORD).</source>
            <comment>Limit_strict_mode_required_Help</comment>
            <translation>休憩のスキップやスヌーズができなくなります。

有効：厳格モードを必ずオンにします。ユーザーはオフにできません。
無効または未構成：要件はありません。

レジストリ：Software\Policies\DeskCoach、値 strict_mode.required（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Exporting statistics</source>
            <comment>Feature_statistics_export</comment>
            <translation>統計のエクスポート</translation>
        </message>
        <message>
            <source>Exporting statistics (deskcoach stats --format csv/json, export).

Enabled: the feature is available.
Disabled: it is switched off for the user.
Not configured: available.

Registry: Software\Policies\DeskCoach, value statistics_export (REG_DWORD).</source>
            <comment>Feature_statistics_export_Help</comment>
            <translation>統計のエクスポート（deskcoach stats --format csv/json、export）。

有効：この機能を使用できます。
無効：ユーザーに対してこの機能をオフにします。
未構成：使用できます。

レジストリ：Software\Policies\DeskCoach、値 statistics_export（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Work interval (recommended)</source>
            <comment>Recommended_work_minutes</comment>
            <translation>作業時間（推奨）</translation>
        </message>
        <message>
            <source>Minutes of work between breaks; 30-45 is recommended.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-120 minutes. Built-in default: 40.

Registry: Software\Policies\DeskCoach\Recommended, value work_minutes (REG_DWORD).</source>
            <comment>Recommended_work_minutes_Help</comment>
            <translation>休憩と休憩の間の作業時間（分）。30〜45 分がおすすめです。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：5-120 分。組み込みの既定値：40。

レジストリ：Software\Policies\DeskCoach\Recommended、値 work_minutes（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Break length (recommended)</source>
            <comment>Recommended_break_seconds</comment>
            <translation>休憩の長さ（推奨）</translation>
        </message>
        <message>
            <source>How long each movement break lasts.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 30-600 seconds. Built-in default: 120.

Registry: Software\Policies\DeskCoach\Recommended, value break_seconds (REG_DWORD).</source>
            <comment>Recommended_break_seconds_Help</comment>
            <translation>運動休憩1回の長さ。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：30-600 秒。組み込みの既定値：120。

レジストリ：Software\Policies\DeskCoach\Recommended、値 break_seconds（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Notice before a break (recommended)</source>
            <comment>Recommended_notice_seconds</comment>
            <translation>休憩前のお知らせ（推奨）</translation>
        </message>
        <message>
            <source>How early the tray warns that a break is coming (0 = no notice).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-300 seconds. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value notice_seconds (REG_DWORD).</source>
            <comment>Recommended_notice_seconds_Help</comment>
            <translation>休憩が近いことをトレイが知らせるタイミング（0 = 知らせない）。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：0-300 秒。組み込みの既定値：60。

レジストリ：Software\Policies\DeskCoach\Recommended、値 notice_seconds（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Snooze length (recommended)</source>
            <comment>Recommended_snooze_minutes</comment>
            <translation>スヌーズの長さ（推奨）</translation>
        </message>
        <message>
            <source>How long Snooze puts a break off.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach\Recommended, value snooze_minutes (REG_DWORD).</source>
            <comment>Recommended_snooze_minutes_Help</comment>
            <translation>スヌーズで休憩を延ばす時間。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：1-30 分。組み込みの既定値：5。

レジストリ：Software\Policies\DeskCoach\Recommended、値 snooze_minutes（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Snoozes per break (recommended)</source>
            <comment>Recommended_snoozes_per_break</comment>
            <translation>休憩ごとのスヌーズ回数（推奨）</translation>
        </message>
        <message>
            <source>How often one break may be snoozed.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-5. Built-in default: 2.

Registry: Software\Policies\DeskCoach\Recommended, value snoozes_per_break (REG_DWORD).</source>
            <comment>Recommended_snoozes_per_break_Help</comment>
            <translation>1回の休憩をスヌーズできる回数。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：0-5。組み込みの既定値：2。

レジストリ：Software\Policies\DeskCoach\Recommended、値 snoozes_per_break（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Skips per day (recommended)</source>
            <comment>Recommended_daily_skip_budget</comment>
            <translation>1日のスキップ回数（推奨）</translation>
        </message>
        <message>
            <source>How many breaks may be skipped each day.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-20, or -1 for unlimited. Built-in default: 3.

Registry: Software\Policies\DeskCoach\Recommended, value daily_skip_budget (REG_DWORD).

The list offers 0-20 and unlimited (-1), stored as 4294967295.</source>
            <comment>Recommended_daily_skip_budget_Help</comment>
            <translation>1日にスキップできる休憩の数。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：0-20、または -1（無制限）。組み込みの既定値：3。

レジストリ：Software\Policies\DeskCoach\Recommended、値 daily_skip_budget（REG_DWORD）。

一覧には 0-20 と無制限（-1）があり、4294967295 として保存されます。</translation>
        </message>
        <message>
            <source>Strict mode (recommended)</source>
            <comment>Recommended_strict_mode</comment>
            <translation>厳格モード（推奨）</translation>
        </message>
        <message>
            <source>Breaks cannot be skipped or snoozed.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value strict_mode (REG_DWORD).</source>
            <comment>Recommended_strict_mode_Help</comment>
            <translation>休憩のスキップやスヌーズができなくなります。

有効：オン。
無効：オフ。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：オンまたはオフ。組み込みの既定値：オフ。

レジストリ：Software\Policies\DeskCoach\Recommended、値 strict_mode（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Sound (recommended)</source>
            <comment>Recommended_sound</comment>
            <translation>サウンド（推奨）</translation>
        </message>
        <message>
            <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value sound (REG_DWORD).</source>
            <comment>Recommended_sound_Help</comment>
            <translation>休憩の開始時と終了時に控えめな合図を鳴らします（会議で休憩が待機している間は鳴らしません）。

有効：オン。
無効：オフ。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：オンまたはオフ。組み込みの既定値：オン。

レジストリ：Software\Policies\DeskCoach\Recommended、値 sound（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Start at login (recommended)</source>
            <comment>Recommended_start_at_login</comment>
            <translation>ログイン時に起動（推奨）</translation>
        </message>
        <message>
            <source>Start DeskCoach when you log in.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value start_at_login (REG_DWORD).</source>
            <comment>Recommended_start_at_login_Help</comment>
            <translation>ログイン時に DeskCoach を起動します。

有効：オン。
無効：オフ。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：オンまたはオフ。組み込みの既定値：オン。

レジストリ：Software\Policies\DeskCoach\Recommended、値 start_at_login（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Reduced motion (recommended)</source>
            <comment>Recommended_reduced_motion</comment>
            <translation>動きを減らす（推奨）</translation>
        </message>
        <message>
            <source>Show still key poses instead of animations.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value reduced_motion (REG_DWORD).</source>
            <comment>Recommended_reduced_motion_Help</comment>
            <translation>アニメーションの代わりに、主要なポーズを静止画で表示します。

有効：オン。
無効：オフ。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：オンまたはオフ。組み込みの既定値：オフ。

レジストリ：Software\Policies\DeskCoach\Recommended、値 reduced_motion（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Seated only (recommended)</source>
            <comment>Recommended_seated_only</comment>
            <translation>座ってできる運動のみ（推奨）</translation>
        </message>
        <message>
            <source>Only suggest exercises that can be done sitting down.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: off.

Registry: Software\Policies\DeskCoach\Recommended, value seated_only (REG_DWORD).</source>
            <comment>Recommended_seated_only_Help</comment>
            <translation>座ったままできる運動だけを提案します。

有効：オン。
無効：オフ。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：オンまたはオフ。組み込みの既定値：オフ。

レジストリ：Software\Policies\DeskCoach\Recommended、値 seated_only（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Back movements (recommended)</source>
            <comment>Recommended_spine_preference</comment>
            <translation>背中の動き（推奨）</translation>
        </message>
        <message>
            <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: any | extension | flexion. Built-in default: any.

Registry: Software\Policies\DeskCoach\Recommended, value spine_preference (REG_SZ).</source>
            <comment>Recommended_spine_preference_Help</comment>
            <translation>前屈（屈曲）または後ろへの反らし（伸展）のどちらかが合わない場合は、その動きを除外します。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：any | extension | flexion。組み込みの既定値：any。

レジストリ：Software\Policies\DeskCoach\Recommended、値 spine_preference（REG_SZ）。</translation>
        </message>
        <message>
            <source>Regions to leave out (recommended)</source>
            <comment>Recommended_avoid_regions</comment>
            <translation>除外する部位（推奨）</translation>
        </message>
        <message>
            <source>Body regions DeskCoach should not suggest exercises for.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: a list of up to 64 of: neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach\Recommended, value avoid_regions (REG_MULTI_SZ).</source>
            <comment>Recommended_avoid_regions_Help</comment>
            <translation>DeskCoach が運動を提案しない体の部位。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：次のうち最大 64 個のリスト：neck, upper_back, shoulders, chest, lower_back, hips, legs, circulation, wrists_hands, eyes, breathing, whole_body（1行に1つ）。組み込みの既定値：（なし）。

レジストリ：Software\Policies\DeskCoach\Recommended、値 avoid_regions（REG_MULTI_SZ）。</translation>
        </message>
        <message>
            <source>Exercises to leave out (recommended)</source>
            <comment>Recommended_avoid_exercises</comment>
            <translation>除外する運動（推奨）</translation>
        </message>
        <message>
            <source>Exercises DeskCoach should never suggest.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: a list of up to 64 of: exercise ids (one per line). Built-in default: (none).

Registry: Software\Policies\DeskCoach\Recommended, value avoid_exercises (REG_MULTI_SZ).</source>
            <comment>Recommended_avoid_exercises_Help</comment>
            <translation>DeskCoach が決して提案しない運動。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：次のうち最大 64 個のリスト：運動 ID（1行に1つ）。組み込みの既定値：（なし）。

レジストリ：Software\Policies\DeskCoach\Recommended、値 avoid_exercises（REG_MULTI_SZ）。</translation>
        </message>
        <message>
            <source>Away after (recommended)</source>
            <comment>Recommended_idle_minutes</comment>
            <translation>離席とみなすまで（推奨）</translation>
        </message>
        <message>
            <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break's length counts as a natural break.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-30 minutes. Built-in default: 5.

Registry: Software\Policies\DeskCoach\Recommended, value idle_minutes (REG_DWORD).</source>
            <comment>Recommended_idle_minutes_Help</comment>
            <translation>キーボードやマウスの操作がなくなってから作業タイマーが止まるまでの時間（分）。休憩の長さ以上たってから戻ると、自然な休憩として数えます。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：1-30 分。組み込みの既定値：5。

レジストリ：Software\Policies\DeskCoach\Recommended、値 idle_minutes（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Wait for full-screen apps (recommended)</source>
            <comment>Recommended_defer_fullscreen</comment>
            <translation>全画面アプリを待つ（推奨）</translation>
        </message>
        <message>
            <source>Hold a break while a full-screen app or presentation is in front.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value defer_fullscreen (REG_DWORD).</source>
            <comment>Recommended_defer_fullscreen_Help</comment>
            <translation>全画面アプリやプレゼンテーションが前面にある間は休憩を待機させます。

有効：オン。
無効：オフ。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：オンまたはオフ。組み込みの既定値：オン。

レジストリ：Software\Policies\DeskCoach\Recommended、値 defer_fullscreen（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Wait for meetings (recommended)</source>
            <comment>Recommended_defer_meetings</comment>
            <translation>会議を待つ（推奨）</translation>
        </message>
        <message>
            <source>Hold a break while another app uses the camera or microphone.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value defer_meetings (REG_DWORD).</source>
            <comment>Recommended_defer_meetings_Help</comment>
            <translation>他のアプリがカメラやマイクを使っている間は休憩を待機させます。

有効：オン。
無効：オフ。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：オンまたはオフ。組み込みの既定値：オン。

レジストリ：Software\Policies\DeskCoach\Recommended、値 defer_meetings（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Longest wait (recommended)</source>
            <comment>Recommended_max_defer_minutes</comment>
            <translation>最長の待機時間（推奨）</translation>
        </message>
        <message>
            <source>After this long a held break gives a gentle reminder.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-240 minutes. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value max_defer_minutes (REG_DWORD).</source>
            <comment>Recommended_max_defer_minutes_Help</comment>
            <translation>この時間を過ぎると、待機中の休憩をやさしくお知らせします。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：5-240 分。組み込みの既定値：60。

レジストリ：Software\Policies\DeskCoach\Recommended、値 max_defer_minutes（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Working hours (recommended)</source>
            <comment>Recommended_working_hours</comment>
            <translation>勤務時間（推奨）</translation>
        </message>
        <message>
            <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always. Built-in default: (empty).

Registry: Software\Policies\DeskCoach\Recommended, value working_hours (REG_SZ).</source>
            <comment>Recommended_working_hours_Help</comment>
            <translation>例：mon-fri 08:30-12:30,13:30-17:30。空欄は常に勤務時間とみなします。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：例：mon-fri 08:30-12:30,13:30-17:30。空欄は常に勤務時間とみなします。組み込みの既定値：（空）。

レジストリ：Software\Policies\DeskCoach\Recommended、値 working_hours（REG_SZ）。</translation>
        </message>
        <message>
            <source>Checklist reminders (recommended)</source>
            <comment>Recommended_checklist_reminders</comment>
            <translation>チェックリストのリマインダー（推奨）</translation>
        </message>
        <message>
            <source>Remind me of open workstation actions and when a fresh check is due.

Enabled: on.
Disabled: off.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: on or off. Built-in default: on.

Registry: Software\Policies\DeskCoach\Recommended, value checklist_reminders (REG_DWORD).</source>
            <comment>Recommended_checklist_reminders_Help</comment>
            <translation>未対応の作業環境の項目と、改めてのチェックの時期をお知らせします。

有効：オン。
無効：オフ。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：オンまたはオフ。組み込みの既定値：オン。

レジストリ：Software\Policies\DeskCoach\Recommended、値 checklist_reminders（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Fresh check after (recommended)</source>
            <comment>Recommended_reassess_months</comment>
            <translation>次のチェックまで（推奨）</translation>
        </message>
        <message>
            <source>Months after a workstation check until DeskCoach suggests a new one.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 1-24 months. Built-in default: 6.

Registry: Software\Policies\DeskCoach\Recommended, value reassess_months (REG_DWORD).</source>
            <comment>Recommended_reassess_months_Help</comment>
            <translation>作業環境チェックから、DeskCoach が新しいチェックを勧めるまでの月数。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：1-24 か月。組み込みの既定値：6。

レジストリ：Software\Policies\DeskCoach\Recommended、値 reassess_months（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Streak goal (recommended)</source>
            <comment>Recommended_goal_percent</comment>
            <translation>連続記録の目標（推奨）</translation>
        </message>
        <message>
            <source>The share of the day's due breaks to take for the day to join your streak on the progress dashboard.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 10-100 %. Built-in default: 80.

Registry: Software\Policies\DeskCoach\Recommended, value goal_percent (REG_DWORD).</source>
            <comment>Recommended_goal_percent_Help</comment>
            <translation>その日を進み具合ダッシュボードの連続記録に加えるために取る、その日の予定された休憩の割合。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：10-100 %。組み込みの既定値：80。

レジストリ：Software\Policies\DeskCoach\Recommended、値 goal_percent（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Eye breaks every (recommended)</source>
            <comment>Recommended_eye_break_minutes</comment>
            <translation>目の休憩の間隔（推奨）</translation>
        </message>
        <message>
            <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 5-60 minutes, or 0 for off. Built-in default: 20.

Registry: Software\Policies\DeskCoach\Recommended, value eye_break_minutes (REG_DWORD).

The list offers 5-60 and off (0), stored as 0.</source>
            <comment>Recommended_eye_break_minutes_Help</comment>
            <translation>運動休憩の合間に、20秒間遠くを見るよう促します（0 = オフ）。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：5-60 分、または 0（オフ）。組み込みの既定値：20。

レジストリ：Software\Policies\DeskCoach\Recommended、値 eye_break_minutes（REG_DWORD）。

一覧には 5-60 とオフ（0）があり、0 として保存されます。</translation>
        </message>
        <message>
            <source>Daily anchors (recommended)</source>
            <comment>Recommended_daily_anchors</comment>
            <translation>毎日の習慣タイミング（推奨）</translation>
        </message>
        <message>
            <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none. Built-in default: (empty).

Registry: Software\Policies\DeskCoach\Recommended, value daily_anchors (REG_SZ).</source>
            <comment>Recommended_daily_anchors_Help</comment>
            <translation>いつも必ずある時間に行う、任意の5分間のルーティン。例：coffee 08:30, lunch 12:30, end of day 17:15。空欄はなし。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：いつも必ずある時間に行う、任意の5分間のルーティン。例：coffee 08:30, lunch 12:30, end of day 17:15。空欄はなし。組み込みの既定値：（空）。

レジストリ：Software\Policies\DeskCoach\Recommended、値 daily_anchors（REG_SZ）。</translation>
        </message>
        <message>
            <source>Volume (recommended)</source>
            <comment>Recommended_sound_volume</comment>
            <translation>音量（推奨）</translation>
        </message>
        <message>
            <source>How loud the break cues are.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: 0-100 %. Built-in default: 60.

Registry: Software\Policies\DeskCoach\Recommended, value sound_volume (REG_DWORD).</source>
            <comment>Recommended_sound_volume_Help</comment>
            <translation>休憩の合図の音の大きさ。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：0-100 %。組み込みの既定値：60。

レジストリ：Software\Policies\DeskCoach\Recommended、値 sound_volume（REG_DWORD）。</translation>
        </message>
        <message>
            <source>Cue (recommended)</source>
            <comment>Recommended_sound_cue</comment>
            <translation>合図の音（推奨）</translation>
        </message>
        <message>
            <source>Which of DeskCoach's sounds the cues use.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: chime | bell | soft. Built-in default: chime.

Registry: Software\Policies\DeskCoach\Recommended, value sound_cue (REG_SZ).</source>
            <comment>Recommended_sound_cue_Help</comment>
            <translation>合図に使う DeskCoach のサウンド。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：chime | bell | soft。組み込みの既定値：chime。

レジストリ：Software\Policies\DeskCoach\Recommended、値 sound_cue（REG_SZ）。</translation>
        </message>
        <message>
            <source>Break window on (recommended)</source>
            <comment>Recommended_break_screens</comment>
            <translation>休憩ウィンドウの表示先（推奨）</translation>
        </message>
        <message>
            <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer's screen and a calm dimmed panel on the others (it never blocks input).

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: pointer | primary | all. Built-in default: pointer.

Registry: Software\Policies\DeskCoach\Recommended, value break_screens (REG_SZ).</source>
            <comment>Recommended_break_screens_Help</comment>
            <translation>pointer：マウスポインターのある画面。primary：メイン画面。all：ポインターのある画面に休憩を表示し、他の画面は落ち着いた暗めのパネルにします（入力は妨げません）。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：pointer | primary | all。組み込みの既定値：pointer。

レジストリ：Software\Policies\DeskCoach\Recommended、値 break_screens（REG_SZ）。</translation>
        </message>
        <message>
            <source>Colours (recommended)</source>
            <comment>Recommended_theme</comment>
            <translation>配色（推奨）</translation>
        </message>
        <message>
            <source>Light or dark windows; system follows your desktop's colour scheme.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: system | light | dark. Built-in default: system.

Registry: Software\Policies\DeskCoach\Recommended, value theme (REG_SZ).</source>
            <comment>Recommended_theme_Help</comment>
            <translation>ウィンドウを明るくするか暗くするか。system はデスクトップの配色に従います。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：system | light | dark。組み込みの既定値：system。

レジストリ：Software\Policies\DeskCoach\Recommended、値 theme（REG_SZ）。</translation>
        </message>
        <message>
            <source>Language (recommended)</source>
            <comment>Recommended_language</comment>
            <translation>言語（推奨）</translation>
        </message>
        <message>
            <source>The language of DeskCoach's menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.

Enabled: the value applies until the user changes it in the settings.
Not configured: DeskCoach's machine default or built-in default applies.

Allowed: system | en | de | fr | es | it | nl | pt_BR | ja | ar. Built-in default: system.

Registry: Software\Policies\DeskCoach\Recommended, value language (REG_SZ).</source>
            <comment>Recommended_language_Help</comment>
            <translation>DeskCoach のメニュー、運動、メッセージの言語。system はデスクトップに従います。すぐに反映されますが、開いているウィンドウは次に開いた時に切り替わります。

有効：ユーザーが設定で変更するまで、この値が適用されます。
未構成：DeskCoach のコンピューターの既定値、または組み込みの既定値が適用されます。

許可される値：system | en | de | fr | es | it | nl | pt_BR | ja | ar。組み込みの既定値：system。

レジストリ：Software\Policies\DeskCoach\Recommended、値 language（REG_SZ）。</translation>
        </message>
        <message>
            <source>DeskCoach 0.1 or later</source>
            <comment>SUPPORTED_DeskCoach_0_1</comment>
            <translation>DeskCoach 0.1 以降</translation>
        </message>
    </context>
    <context>
        <name>man</name>
        <message>
            <source>.SH NAME
deskcoach \- calm system-tray coach for short movement breaks</source>
            <comment>block 1</comment>
            <translation>.SH 名前
deskcoach \- 短い運動休憩のための、システムトレイの穏やかなコーチ</translation>
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
            <translation>.SH 書式
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
            <translation>.SH 説明
.B DeskCoach
はシステムトレイで作業タイマーを動かし、休憩の時間になると、キーボードのフォーカスを
奪わずに画面上で短い運動休憩を案内します。
.I COMMAND
を指定しない場合はトレイアプリを起動します。このユーザーですでに実行中なら、何も起動しません。
その他のコマンドは情報を表示するか、実行中のアプリを操作します。</translation>
        </message>
        <message>
            <source>.PP
DeskCoach gives general movement guidance, not medical advice.</source>
            <comment>block 4</comment>
            <translation>.PP
DeskCoach は一般的な運動のガイダンスを提供するもので、医学的な助言ではありません。</translation>
        </message>
        <message>
            <source>.SH OPTIONS</source>
            <comment>block 5</comment>
            <translation>.SH オプション</translation>
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
ユーザーごとのフォルダーの代わりに、すべての設定とデータを
.I DIR
に保存します（ポータブルモード）。</translation>
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
すべての時間を
.I N
倍速で進めます（デモとテスト用）。</translation>
        </message>
        <message>
            <source>.TP
.B \-\-version
Print the version and exit.</source>
            <comment>block 8</comment>
            <translation>.TP
.B \-\-version
バージョンを表示して終了します。</translation>
        </message>
        <message>
            <source>.TP
.BR \-h ", " \-\-help
Print the commands and options; each command also takes
.BR \-\-help .</source>
            <comment>block 9</comment>
            <translation>.TP
.BR \-h ", " \-\-help
コマンドとオプションを表示します。各コマンドも
.BR \-\-help
を受け付けます。</translation>
        </message>
        <message>
            <source>.SH COMMANDS</source>
            <comment>block 10</comment>
            <translation>.SH コマンド</translation>
        </message>
        <message>
            <source>.TP
.B run
Start the tray app (the default).</source>
            <comment>block 11</comment>
            <translation>.TP
.B run
トレイアプリを起動します（既定）。</translation>
        </message>
        <message>
            <source>.TP
.BR status " [" \-\-json ]
What the running app is doing.</source>
            <comment>block 12</comment>
            <translation>.TP
.BR status " [" \-\-json ]
実行中のアプリの状態。</translation>
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
今すぐ休憩します。</translation>
        </message>
        <message>
            <source>.TP
.BI pause " LENGTH"
Pause breaks: 30m, 1h, 1h30m and so on up to 24h, or tomorrow.</source>
            <comment>block 14</comment>
            <translation>.TP
.BI pause " LENGTH"
休憩を一時停止します：30m、1h、1h30m など最大 24h、または tomorrow。</translation>
        </message>
        <message>
            <source>.TP
.BR resume ", " skip\-next ", " snooze ", " done ", " swap ", " quit
Drive the running app: end a pause, skip the break on screen or the next one, snooze or
finish the break on screen, swap its exercise, quit.</source>
            <comment>block 15</comment>
            <translation>.TP
.BR resume ", " skip\-next ", " snooze ", " done ", " swap ", " quit
実行中のアプリを操作します：一時停止を終える、表示中または次の休憩をスキップする、表示中の休憩を
スヌーズまたは完了する、運動を入れ替える、終了する。</translation>
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
運動の一覧を表示するか、1つの運動を表示します。</translation>
        </message>
        <message>
            <source>.TP
.BR checklist " items|export"
The workstation checklist: list its questions, or export an assessment as PDF or JSON.</source>
            <comment>block 17</comment>
            <translation>.TP
.BR checklist " items|export"
作業環境チェックリスト：質問の一覧を表示するか、評価を PDF または JSON でエクスポートします。</translation>
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
1日ごとの休憩を表、CSV、JSON で表示します。\-\-summary を付けると、進み具合ダッシュボードの主要な
数値（今日、今週と先週の比較、連続記録、運動した時間、部位）を全履歴について表示します。</translation>
        </message>
        <message>
            <source>.TP
.B checkin \-\-pain \fIN\fP [\-\-region \fIR\fP] [\-\-exercise \fIID\fP]
Log how your body feels now (0-10); the coach paces each exercise's level by these answers.</source>
            <comment>block 19</comment>
            <translation>.TP
.B checkin \-\-pain \fIN\fP [\-\-region \fIR\fP] [\-\-exercise \fIID\fP]
今の体の感じ（0〜10）を記録します。コーチはこの回答に合わせて各運動のレベルを調整します。</translation>
        </message>
        <message>
            <source>.TP
.B log [\-\-days \fIN\fP] [\-\-format table|csv|json] [\-\-pdf \fIFILE\fP]
Your check-ins and the plan's changes; with \-\-pdf, a one-page log for a clinician.</source>
            <comment>block 20</comment>
            <translation>.TP
.B log [\-\-days \fIN\fP] [\-\-format table|csv|json] [\-\-pdf \fIFILE\fP]
チェックインとプランの変更。\-\-pdf を付けると、医療者向けの1ページの記録を作成します。</translation>
        </message>
        <message>
            <source>.TP
.BR programme " list|show|start|stop|status"
Multi-week programmes in phases: list them (with suggestions), show one, start, stop, or
show the running one's phase and week.</source>
            <comment>block 21</comment>
            <translation>.TP
.BR programme " list|show|start|stop|status"
フェーズに分かれた数週間のプログラム：一覧（おすすめ付き）、1つの表示、開始、停止、
実行中のプログラムのフェーズと週の表示。</translation>
        </message>
        <message>
            <source>.TP
.BI export " FILE" "\fR, \fPimport" " FILE"
Write all your data to a JSON file, or merge such a file into this profile.</source>
            <comment>block 22</comment>
            <translation>.TP
.BI export " FILE" "\fR, \fPimport" " FILE"
すべてのデータを JSON ファイルに書き出すか、そのようなファイルをこのプロファイルに統合します。</translation>
        </message>
        <message>
            <source>.TP
.BR config " show|set|validate"
Show every effective setting and where it comes from, set one, or check a settings file.</source>
            <comment>block 23</comment>
            <translation>.TP
.BR config " show|set|validate"
有効なすべての設定とその出所を表示する、1つを設定する、または設定ファイルを確認します。</translation>
        </message>
        <message>
            <source>.TP
.BR policy " show|validate"
Show the organisation's effective policy and its sources, or check a policy file.</source>
            <comment>block 24</comment>
            <translation>.TP
.BR policy " show|validate"
組織の有効なポリシーとその出所を表示するか、ポリシーファイルを確認します。</translation>
        </message>
        <message>
            <source>.TP
.B doctor
Which idle, full-screen and meeting detectors work on this desktop.</source>
            <comment>block 25</comment>
            <translation>.TP
.B doctor
このデスクトップで動作する、離席・全画面・会議の検出機能。</translation>
        </message>
        <message>
            <source>.TP
.B safety
When to get help: the signs that need emergency care now, a clinician soon, or stopping the
exercise. General movement guidance, not medical advice.</source>
            <comment>block 26</comment>
            <translation>.TP
.B safety
受診の目安：今すぐ救急医療が必要な兆候、早めに医療者に相談すべき兆候、運動を中止すべき兆候。
一般的な運動のガイダンスであり、医学的な助言ではありません。</translation>
        </message>
        <message>
            <source>.SH EXIT STATUS
0 done; 1 DeskCoach is not running, or something failed; 2 refused (a bad value, an action
the current state, settings or policy do not allow, an invalid file).</source>
            <comment>block 27</comment>
            <translation>.SH 終了ステータス
0 完了。1 DeskCoach が実行されていない、または何かが失敗した。2 拒否された（不正な値、現在の状態・
設定・ポリシーで許可されない操作、無効なファイル）。</translation>
        </message>
        <message>
            <source>.SH FILES</source>
            <comment>block 28</comment>
            <translation>.SH ファイル</translation>
        </message>
        <message>
            <source>.TP
.I ~/.config/DeskCoach/settings.toml
The user's settings.</source>
            <comment>block 29</comment>
            <translation>.TP
.I ~/.config/DeskCoach/settings.toml
ユーザーの設定。</translation>
        </message>
        <message>
            <source>.TP
.I ~/.local/share/DeskCoach/history.sqlite3
Break history, kept on this computer only.</source>
            <comment>block 30</comment>
            <translation>.TP
.I ~/.local/share/DeskCoach/history.sqlite3
休憩の履歴。このコンピューターにのみ保存されます。</translation>
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
組織のポリシー：必須および推奨の設定、制限、コンピューターの既定値。次の場所にある
すべての
.I *.json
ファイルも対象です：
.I /etc/deskcoach/managed/
および
.IR /etc/deskcoach/recommended/ 。
これらのファイルは管理者のものです。パッケージはインストールも削除もしません。</translation>
        </message>
        <message>
            <source>.TP
.I /usr/share/doc/deskcoach/example-policy.json
An example policy to start from, with its JSON Schema,
.IR policy.schema.json .</source>
            <comment>block 32</comment>
            <translation>.TP
.I /usr/share/doc/deskcoach/example-policy.json
出発点となるポリシーの例と、その JSON スキーマ
.IR policy.schema.json 。</translation>
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
すべてのユーザーのログイン時に DeskCoach を起動します。DeskCoach の設定で「ログイン時に起動」を
オフにすると
.I ~/.config/autostart/io.github.deskcoach.DeskCoach.desktop
に
.BR Hidden=true
が書き込まれ、そのユーザーについてはこちらが優先されます。</translation>
        </message>
        <message>
            <source>.SH SEE ALSO
The administrator's guide and the policy schema in DeskCoach's source,
.IR packaging/ .</source>
            <comment>block 34</comment>
            <translation>.SH 関連項目
DeskCoach のソースにある管理者ガイドとポリシースキーマ
.IR packaging/ 。</translation>
        </message>
    </context>
    <context>
        <name>man-heading</name>
        <message>
            <source>NAME</source>
            <comment>man page section heading (capitals): NAME</comment>
            <translation>名前</translation>
        </message>
        <message>
            <source>SYNOPSIS</source>
            <comment>man page section heading (capitals): SYNOPSIS</comment>
            <translation>書式</translation>
        </message>
        <message>
            <source>DESCRIPTION</source>
            <comment>man page section heading (capitals): DESCRIPTION</comment>
            <translation>説明</translation>
        </message>
        <message>
            <source>OPTIONS</source>
            <comment>man page section heading (capitals): OPTIONS</comment>
            <translation>オプション</translation>
        </message>
        <message>
            <source>COMMANDS</source>
            <comment>man page section heading (capitals): COMMANDS</comment>
            <translation>コマンド</translation>
        </message>
        <message>
            <source>EXIT STATUS</source>
            <comment>man page section heading (capitals): EXIT STATUS</comment>
            <translation>終了ステータス</translation>
        </message>
        <message>
            <source>FILES</source>
            <comment>man page section heading (capitals): FILES</comment>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>SEE ALSO</source>
            <comment>man page section heading (capitals): SEE ALSO</comment>
            <translation>関連項目</translation>
        </message>
    </context>
</TS>
