<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>exercise:ankle-pumps</name>
        <message>
            <source>Ankle pumps and circles</source>
            <comment>name</comment>
            <translation>ثني الكاحلين وتدويرهما</translation>
        </message>
        <message>
            <source>Point, flex and circle your feet to keep the blood moving in your lower legs.</source>
            <comment>summary</comment>
            <translation>مُدَّ قدميك واثنِهما وأدِرهما ليبقى الدم يتحرك في أسفل ساقيك.</translation>
        </message>
        <message>
            <source>10 pumps and 10 circles a foot</source>
            <comment>dose</comment>
            <translation>10 مرات ثني و10 دورات لكل قدم</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10 pumps and 10 circles.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 10 مرات ثني و10 دورات.</translation>
        </message>
        <message>
            <source>Stretch one leg out in front, heel on the floor, and point your toes away.</source>
            <comment>steps[0].text</comment>
            <translation>مُدَّ إحدى ساقيك إلى الأمام، والكعب على الأرض، ثم وجِّه أصابع قدمك بعيدًا عنك.</translation>
        </message>
        <message>
            <source>Pull your toes back toward you, then point them again. 10 times.</source>
            <comment>steps[1].text</comment>
            <translation>اسحب أصابع قدمك نحوك، ثم وجِّهها بعيدًا مرة أخرى. 10 مرات.</translation>
        </message>
        <message>
            <source>Draw slow circles with your foot, 5 each way.</source>
            <comment>steps[2].text</comment>
            <translation>ارسم بقدمك دوائر بطيئة، 5 في كل اتجاه.</translation>
        </message>
        <message>
            <source>Switch legs and do both moves with the other foot.</source>
            <comment>steps[3].text</comment>
            <translation>بدِّل الساقين وكرِّر الحركتين بالقدم الأخرى.</translation>
        </message>
        <message>
            <source>6 pumps and 6 circles a foot</source>
            <comment>levels[0].dose</comment>
            <translation>6 مرات ثني و6 دورات لكل قدم</translation>
        </message>
        <message>
            <source>Fewer, smaller movements; keep the heel on the floor.</source>
            <comment>levels[0].how</comment>
            <translation>حركات أقل وأصغر؛ أبقِ الكعب على الأرض.</translation>
        </message>
        <message>
            <source>10 pumps and 10 circles a foot</source>
            <comment>levels[1].dose</comment>
            <translation>10 مرات ثني و10 دورات لكل قدم</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>15 pumps and 15 circles a foot</source>
            <comment>levels[2].dose</comment>
            <translation>15 مرة ثني و15 دورة لكل قدم</translation>
        </message>
        <message>
            <source>Lift the foot off the floor and make the circles larger.</source>
            <comment>levels[2].how</comment>
            <translation>ارفع القدم عن الأرض ووسِّع الدوائر.</translation>
        </message>
    </context>
    <context>
        <name>exercise:back-extension</name>
        <message>
            <source>Standing back bend</source>
            <comment>name</comment>
            <translation>ثني الظهر للخلف وقوفًا</translation>
        </message>
        <message>
            <source>A gentle lean back that undoes some of the forward bending of long sitting.</source>
            <comment>summary</comment>
            <translation>ميل لطيف إلى الخلف يعاكس بعض انحناء الجسم إلى الأمام خلال الجلوس الطويل.</translation>
        </message>
        <message>
            <source>8 gentle leans</source>
            <comment>dose</comment>
            <translation>8 ميلات لطيفة</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5-10 leans.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 5-10 ميلات.</translation>
        </message>
        <message>
            <source>Lean back only as far as feels easy, and keep your knees soft.</source>
            <comment>cautions[0]</comment>
            <translation>مِل إلى الخلف بقدر ما تشعر بالراحة فقط، وأبقِ ركبتيك مرتخيتين.</translation>
        </message>
        <message>
            <source>Skip this if pain, numbness or tingling spreads down your leg.</source>
            <comment>avoid_if[0]</comment>
            <translation>تجنَّب هذا التمرين إذا امتد ألم أو خدر أو وخز إلى ساقك.</translation>
        </message>
        <message>
            <source>Skip this if you have spinal stenosis or spondylolisthesis.</source>
            <comment>avoid_if[1]</comment>
            <translation>تجنَّب هذا التمرين إذا كان لديك تضيق في القناة الشوكية أو انزلاق في الفقرات.</translation>
        </message>
        <message>
            <source>Stand with feet apart and put your hands on the back of your hips, fingers down.</source>
            <comment>steps[0].text</comment>
            <translation>قف وقدماك متباعدتان، وضع كفيك على الجزء الخلفي من وركيك، والأصابع متجهة إلى الأسفل.</translation>
        </message>
        <message>
            <source>Lean back gently over your hands, then come upright again. 8 times, slowly.</source>
            <comment>steps[1].text</comment>
            <translation>مِل إلى الخلف برفق فوق يديك، ثم عُد إلى الوقوف المستقيم. 8 مرات ببطء.</translation>
        </message>
        <message>
            <source>5 small leans</source>
            <comment>levels[0].dose</comment>
            <translation>5 ميلات صغيرة</translation>
        </message>
        <message>
            <source>Lean back only a little, hands supporting the lower back.</source>
            <comment>levels[0].how</comment>
            <translation>مِل إلى الخلف قليلًا فقط، واليدان تسندان أسفل الظهر.</translation>
        </message>
        <message>
            <source>8 gentle leans</source>
            <comment>levels[1].dose</comment>
            <translation>8 ميلات لطيفة</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>10 leans, 2 s at the end</source>
            <comment>levels[2].dose</comment>
            <translation>10 ميلات، وتوقف ثانيتين في آخر كل ميل</translation>
        </message>
        <message>
            <source>Pause briefly at the end of each lean if it stays comfortable.</source>
            <comment>levels[2].how</comment>
            <translation>توقَّف لحظة في آخر كل ميل ما دام ذلك مريحًا.</translation>
        </message>
    </context>
    <context>
        <name>exercise:belly-breathing</name>
        <message>
            <source>Slow belly breathing</source>
            <comment>name</comment>
            <translation>التنفس البطني البطيء</translation>
        </message>
        <message>
            <source>Slow breaths into the belly, a calm way to settle between tasks.</source>
            <comment>summary</comment>
            <translation>أنفاس بطيئة تملأ البطن، طريقة هادئة لتستعيد هدوءك بين المهام.</translation>
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>dose</comment>
            <translation>8 أنفاس بطيئة</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 6-10 breaths, about 4 s in and 6 s out.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 6-10 أنفاس، نحو 4 ثوانٍ شهيقًا و6 ثوانٍ زفيرًا.</translation>
        </message>
        <message>
            <source>Feeling light-headed? Breathe more gently, or go back to normal breathing.</source>
            <comment>cautions[0]</comment>
            <translation>تشعر بدوار خفيف؟ تنفَّس بلطف أكبر، أو عُد إلى تنفسك المعتاد.</translation>
        </message>
        <message>
            <source>Don't hold your breath; let each breath flow into the next.</source>
            <comment>cautions[1]</comment>
            <translation>لا تحبس أنفاسك؛ دع كل نفَس ينساب إلى الذي يليه.</translation>
        </message>
        <message>
            <source>Sit back comfortably, shoulders loose, one hand resting on your belly.</source>
            <comment>steps[0].text</comment>
            <translation>اجلس مسترخيًا مستندًا إلى الخلف، كتفاك مرتخيتان، وإحدى يديك على بطنك.</translation>
        </message>
        <message>
            <source>Breathe in through your nose so your belly lifts your hand; breathe out long and soft.</source>
            <comment>steps[1].text</comment>
            <translation>خذ شهيقًا من أنفك حتى يرفع بطنك يدك، ثم أخرج زفيرًا طويلًا هادئًا.</translation>
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>5 أنفاس بطيئة</translation>
        </message>
        <message>
            <source>Fewer breaths; breathe out for as long as is easy.</source>
            <comment>levels[0].how</comment>
            <translation>أنفاس أقل؛ أطِل الزفير بقدر ما يريحك.</translation>
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>levels[1].dose</comment>
            <translation>8 أنفاس بطيئة</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>10 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>10 أنفاس بطيئة</translation>
        </message>
        <message>
            <source>More breaths, with a slightly longer breath out.</source>
            <comment>levels[2].how</comment>
            <translation>أنفاس أكثر، مع زفير أطول قليلًا.</translation>
        </message>
    </context>
    <context>
        <name>exercise:bruegger-relief</name>
        <message>
            <source>Brügger relief position</source>
            <comment>name</comment>
            <translation>وضعية بروغر للراحة</translation>
        </message>
        <message>
            <source>Sit at the chair edge and open up: the opposite of a slumped desk posture.</source>
            <comment>summary</comment>
            <translation>اجلس على حافة الكرسي وافتح صدرك: عكس وضعية الانحناء فوق المكتب.</translation>
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>dose</comment>
            <translation>5 أنفاس بطيئة</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 3-5 slow breaths.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 3-5 أنفاس بطيئة.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>استخدم كرسيًا لا يتدحرج: بلا عجلات، أو بعجلات مقفلة.</translation>
        </message>
        <message>
            <source>Keep the lift small; it should feel open, never strained.</source>
            <comment>cautions[1]</comment>
            <translation>ارفع صدرك قليلًا فقط؛ ينبغي أن تشعر بالانفتاح، لا بالإجهاد.</translation>
        </message>
        <message>
            <source>Move to the front edge of your seat and sit tall.</source>
            <comment>steps[0].text</comment>
            <translation>انتقل إلى الحافة الأمامية للمقعد واجلس مستقيمًا.</translation>
        </message>
        <message>
            <source>Set your feet wide and turned out, lift your breastbone, turn your palms forward.</source>
            <comment>steps[1].text</comment>
            <translation>باعِد قدميك ووجِّههما إلى الخارج، وارفع عظمة صدرك، وأدِر راحتَي يديك إلى الأمام.</translation>
        </message>
        <message>
            <source>Stay in this open shape for 5 slow breaths, then relax.</source>
            <comment>steps[2].text</comment>
            <translation>ابقَ في هذه الوضعية المنفتحة مدة 5 أنفاس بطيئة، ثم استرخِ.</translation>
        </message>
        <message>
            <source>3 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>3 أنفاس بطيئة</translation>
        </message>
        <message>
            <source>Fewer breaths; turn the palms out only part way.</source>
            <comment>levels[0].how</comment>
            <translation>أنفاس أقل؛ أدِر راحتَي اليدين إلى الخارج جزئيًا فقط.</translation>
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>levels[1].dose</comment>
            <translation>5 أنفاس بطيئة</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>8 أنفاس بطيئة</translation>
        </message>
        <message>
            <source>More breaths, holding the open position throughout.</source>
            <comment>levels[2].how</comment>
            <translation>أنفاس أكثر، مع الحفاظ على الوضعية المنفتحة طوال الوقت.</translation>
        </message>
    </context>
    <context>
        <name>exercise:calf-raises</name>
        <message>
            <source>Calf raises</source>
            <comment>name</comment>
            <translation>رفع الكعبين</translation>
        </message>
        <message>
            <source>Works your calves and gets the blood moving in legs that have been still.</source>
            <comment>summary</comment>
            <translation>يشغِّل عضلات الساقين الخلفية ويحرِّك الدم في ساقين بقيتا بلا حركة.</translation>
        </message>
        <message>
            <source>12 raises</source>
            <comment>dose</comment>
            <translation>12 رفعة</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10-15 raises.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 10-15 رفعة.</translation>
        </message>
        <message>
            <source>Unsteady on your feet? Keep both hands on the desk, or take the seated version.</source>
            <comment>cautions[0]</comment>
            <translation>لا تشعر بالثبات على قدميك؟ أبقِ يديك كلتيهما على المكتب، أو اختر النسخة جلوسًا.</translation>
        </message>
        <message>
            <source>Sore Achilles tendon or heel? Rise only a little, or pick another move.</source>
            <comment>cautions[1]</comment>
            <translation>ألم في وتر أخيل أو في الكعب؟ ارتفع قليلًا فقط، أو اختر حركة أخرى.</translation>
        </message>
        <message>
            <source>Stand facing your desk, feet hip-width apart, fingertips resting on it.</source>
            <comment>steps[0].text</comment>
            <translation>قف مواجهًا مكتبك، وقدماك متباعدتان بعرض الوركين، وأطراف أصابعك مستندة إليه.</translation>
        </message>
        <message>
            <source>Rise up onto your toes, then lower your heels slowly. 12 times.</source>
            <comment>steps[1].text</comment>
            <translation>ارتفع على أطراف أصابع قدميك، ثم أنزِل كعبيك ببطء. 12 مرة.</translation>
        </message>
        <message>
            <source>8 raises</source>
            <comment>levels[0].dose</comment>
            <translation>8 رفعات</translation>
        </message>
        <message>
            <source>Fewer raises, both hands on the desk, lifting only part way.</source>
            <comment>levels[0].how</comment>
            <translation>رفعات أقل، واليدان كلتاهما على المكتب، مع الارتفاع جزئيًا فقط.</translation>
        </message>
        <message>
            <source>12 raises</source>
            <comment>levels[1].dose</comment>
            <translation>12 رفعة</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>15 raises, 2 s lowering</source>
            <comment>levels[2].dose</comment>
            <translation>15 رفعة، والنزول في ثانيتين</translation>
        </message>
        <message>
            <source>More raises, lowering slowly over two seconds.</source>
            <comment>levels[2].how</comment>
            <translation>رفعات أكثر، مع النزول ببطء خلال ثانيتين.</translation>
        </message>
    </context>
    <context>
        <name>exercise:chin-tuck</name>
        <message>
            <source>Chin tucks</source>
            <comment>name</comment>
            <translation>سحب الذقن</translation>
        </message>
        <message>
            <source>Slides your head back over your shoulders after leaning in toward the screen.</source>
            <comment>summary</comment>
            <translation>يعيد رأسك إلى مكانه فوق كتفيك بعد الانحناء نحو الشاشة.</translation>
        </message>
        <message>
            <source>8 tucks, 3 s each</source>
            <comment>dose</comment>
            <translation>8 مرات، 3 ثوانٍ لكل مرة</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10 tucks held 3-5 s.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 8-10 مرات، مع الثبات 3-5 ثوانٍ كل مرة.</translation>
        </message>
        <message>
            <source>Keep your eyes level: the head slides straight back, it does not nod down.</source>
            <comment>cautions[0]</comment>
            <translation>أبقِ نظرك أفقيًا: ينزلق الرأس إلى الخلف مباشرة ولا يومئ إلى الأسفل.</translation>
        </message>
        <message>
            <source>Stop if you notice pain or tingling going into an arm.</source>
            <comment>cautions[1]</comment>
            <translation>توقَّف إذا شعرت بألم أو وخز يمتد إلى ذراعك.</translation>
        </message>
        <message>
            <source>Sit or stand tall and look straight ahead.</source>
            <comment>steps[0].text</comment>
            <translation>اجلس أو قف مستقيمًا وانظر أمامك مباشرة.</translation>
        </message>
        <message>
            <source>Glide your head straight back, making a double chin. Hold 3 s, then relax. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>اسحب رأسك إلى الخلف مباشرة حتى يظهر لك ذقن مزدوج. اثبت 3 ثوانٍ، ثم استرخِ. 8 مرات.</translation>
        </message>
        <message>
            <source>5 tucks, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation>5 مرات، ثانيتان لكل مرة</translation>
        </message>
        <message>
            <source>Fewer, gentler tucks with shorter holds.</source>
            <comment>levels[0].how</comment>
            <translation>مرات أقل وأخف، مع ثبات أقصر.</translation>
        </message>
        <message>
            <source>8 tucks, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation>8 مرات، 3 ثوانٍ لكل مرة</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>10 tucks, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10 مرات، 5 ثوانٍ لكل مرة</translation>
        </message>
        <message>
            <source>More tucks with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation>مرات أكثر، مع ثبات أطول.</translation>
        </message>
    </context>
    <context>
        <name>exercise:doorway-chest-stretch</name>
        <message>
            <source>Doorway chest stretch</source>
            <comment>name</comment>
            <translation>إطالة الصدر عند إطار الباب</translation>
        </message>
        <message>
            <source>Opens the chest and the fronts of the shoulders, which tighten as you hunch.</source>
            <comment>summary</comment>
            <translation>يفتح الصدر ومقدمة الكتفين، وهما يشتدّان حين تنحني إلى الأمام.</translation>
        </message>
        <message>
            <source>2 holds of 25 s</source>
            <comment>dose</comment>
            <translation>2 × 25 ثانية</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 2 holds of 20-30 s.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 2 × 20-30 ثانية.</translation>
        </message>
        <message>
            <source>Shoulder that feels loose or has slipped out before? Keep your elbow lower.</source>
            <comment>cautions[0]</comment>
            <translation>كتفك تبدو رخوة أو سبق أن انخلعت؟ أبقِ مرفقك أدنى.</translation>
        </message>
        <message>
            <source>Stand in a doorway and rest one forearm on the frame, elbow at shoulder height.</source>
            <comment>steps[0].text</comment>
            <translation>قف عند مدخل باب وأسنِد ساعدًا واحدًا على الإطار، والمرفق بمستوى الكتف.</translation>
        </message>
        <message>
            <source>Step one foot through and turn your chest gently away from that arm. Hold 25 s.</source>
            <comment>steps[1].text</comment>
            <translation>تقدَّم بقدم واحدة عبر الباب وأدِر صدرك برفق بعيدًا عن تلك الذراع. اثبت 25 ثانية.</translation>
        </message>
        <message>
            <source>Step back, breathe, then do the same with the other arm on the other side.</source>
            <comment>steps[2].text</comment>
            <translation>عُد خطوة إلى الوراء وتنفَّس، ثم كرِّر ذلك بالذراع الأخرى على الجانب الآخر.</translation>
        </message>
        <message>
            <source>2 holds of 15 s</source>
            <comment>levels[0].dose</comment>
            <translation>2 × 15 ثانية</translation>
        </message>
        <message>
            <source>Shorter holds, elbows lower and a smaller step.</source>
            <comment>levels[0].how</comment>
            <translation>ثبات أقصر، ومرفقان أخفض، وخطوة أصغر.</translation>
        </message>
        <message>
            <source>2 holds of 25 s</source>
            <comment>levels[1].dose</comment>
            <translation>2 × 25 ثانية</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>2 holds of 30 s</source>
            <comment>levels[2].dose</comment>
            <translation>2 × 30 ثانية</translation>
        </message>
        <message>
            <source>Longer holds with a slightly deeper step.</source>
            <comment>levels[2].how</comment>
            <translation>ثبات أطول مع خطوة أعمق قليلًا.</translation>
        </message>
    </context>
    <context>
        <name>exercise:eye-rest-20-20-20</name>
        <message>
            <source>20-20-20 eye rest</source>
            <comment>name</comment>
            <translation>راحة العينين 20-20-20</translation>
        </message>
        <message>
            <source>Lets your eyes relax their focus and blink fully after close work at the screen.</source>
            <comment>summary</comment>
            <translation>تتيح لعينيك أن ترخيا تركيزهما وترمشا جيدًا بعد العمل القريب أمام الشاشة.</translation>
        </message>
        <message>
            <source>20 s, looking 6 m away</source>
            <comment>dose</comment>
            <translation>20 ثانية، بالنظر إلى مسافة 6 م</translation>
        </message>
        <message>
            <source>At least 20 s looking 6 m (20 feet) away, about every 20 minutes, as in the 20-20-20 trial cited.</source>
            <comment>dose_basis</comment>
            <translation>20 ثانية على الأقل بالنظر إلى مسافة 6 م (20 قدمًا)، كل 20 دقيقة تقريبًا، كما في تجربة 20-20-20 المذكورة.</translation>
        </message>
        <message>
            <source>Look away from the screen to something at least 6 m (20 ft) away.</source>
            <comment>steps[0].text</comment>
            <translation>أبعِد نظرك عن الشاشة إلى شيء يبعد 6 م (20 قدمًا) على الأقل.</translation>
        </message>
        <message>
            <source>Keep your eyes on it for 20 seconds and let your face soften.</source>
            <comment>steps[1].text</comment>
            <translation>أبقِ عينيك عليه 20 ثانية ودع وجهك يسترخي.</translation>
        </message>
        <message>
            <source>Blink slowly and fully a few times, closing your eyes all the way.</source>
            <comment>steps[2].text</comment>
            <translation>ارمش ببطء وبشكل كامل بضع مرات، مغمضًا عينيك تمامًا.</translation>
        </message>
        <message>
            <source>10 s, looking far away</source>
            <comment>levels[0].dose</comment>
            <translation>10 ثوانٍ، بالنظر إلى البعيد</translation>
        </message>
        <message>
            <source>A short look at the farthest point you can see.</source>
            <comment>levels[0].how</comment>
            <translation>نظرة قصيرة إلى أبعد نقطة تستطيع رؤيتها.</translation>
        </message>
        <message>
            <source>20 s, looking 6 m away</source>
            <comment>levels[1].dose</comment>
            <translation>20 ثانية، بالنظر إلى مسافة 6 م</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>30 s, looking 6 m away</source>
            <comment>levels[2].dose</comment>
            <translation>30 ثانية، بالنظر إلى مسافة 6 م</translation>
        </message>
        <message>
            <source>Look longer and blink fully a few times.</source>
            <comment>levels[2].how</comment>
            <translation>انظر مدة أطول وارمش بشكل كامل بضع مرات.</translation>
        </message>
    </context>
    <context>
        <name>exercise:hip-flexor-stretch</name>
        <message>
            <source>Standing hip-flexor stretch</source>
            <comment>name</comment>
            <translation>إطالة مثنيات الورك وقوفًا</translation>
        </message>
        <message>
            <source>Opens the fronts of your hips, which stay folded for as long as you sit.</source>
            <comment>summary</comment>
            <translation>تفتح مقدمة الوركين، التي تبقى مثنية طوال جلوسك.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>dose</comment>
            <translation>25 ثانية لكل جانب</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 20-30 s each side.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 20-30 ثانية لكل جانب.</translation>
        </message>
        <message>
            <source>Sore knee? Take a shorter step and keep a hand on the desk.</source>
            <comment>cautions[0]</comment>
            <translation>ألم في الركبة؟ اجعل خطوتك أقصر وأبقِ يدًا على المكتب.</translation>
        </message>
        <message>
            <source>Hold the desk and step one foot well back, both feet pointing forward.</source>
            <comment>steps[0].text</comment>
            <translation>أمسك المكتب وأرجِع إحدى قدميك خطوة واسعة إلى الخلف، والقدمان متجهتان إلى الأمام.</translation>
        </message>
        <message>
            <source>Tuck your tailbone under, squeeze the back buttock and shift forward gently. Hold.</source>
            <comment>steps[1].text</comment>
            <translation>أدخِل عظمة العصعص إلى الأسفل، وشُدَّ الأرداف في الساق الخلفية، وتقدَّم برفق. اثبت.</translation>
        </message>
        <message>
            <source>Switch legs and hold the stretch on the other side.</source>
            <comment>steps[2].text</comment>
            <translation>بدِّل الساقين واثبت في الإطالة على الجانب الآخر.</translation>
        </message>
        <message>
            <source>15 s each side</source>
            <comment>levels[0].dose</comment>
            <translation>15 ثانية لكل جانب</translation>
        </message>
        <message>
            <source>Shorter holds with a smaller step; hold the desk.</source>
            <comment>levels[0].how</comment>
            <translation>ثبات أقصر مع خطوة أصغر؛ أمسك المكتب.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>levels[1].dose</comment>
            <translation>25 ثانية لكل جانب</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>30 s each side</source>
            <comment>levels[2].dose</comment>
            <translation>30 ثانية لكل جانب</translation>
        </message>
        <message>
            <source>Longer holds, squeezing the back buttock a little more.</source>
            <comment>levels[2].how</comment>
            <translation>ثبات أطول، مع شدِّ الأرداف في الساق الخلفية أكثر قليلًا.</translation>
        </message>
    </context>
    <context>
        <name>exercise:hip-hinge</name>
        <message>
            <source>Hip hinge</source>
            <comment>name</comment>
            <translation>الانحناء من الوركين</translation>
        </message>
        <message>
            <source>Practice bending from the hips with a long back, the easy way to reach down.</source>
            <comment>summary</comment>
            <translation>تدرَّب على الانحناء من الوركين مع ظهر ممدود، وهي الطريقة السهلة للوصول إلى الأسفل.</translation>
        </message>
        <message>
            <source>8 slow hinges</source>
            <comment>dose</comment>
            <translation>8 انحناءات بطيئة</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10 hinges.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 8-10 انحناءات.</translation>
        </message>
        <message>
            <source>Back feeling tight? Keep the bend small and let the hips do the moving.</source>
            <comment>cautions[0]</comment>
            <translation>ظهرك مشدود؟ اجعل الانحناء صغيرًا ودع الوركين يقومان بالحركة.</translation>
        </message>
        <message>
            <source>Stop if you feel pain, numbness or tingling running down a leg.</source>
            <comment>cautions[1]</comment>
            <translation>توقَّف إذا شعرت بألم أو خدر أو وخز يمتد إلى أسفل ساقك.</translation>
        </message>
        <message>
            <source>Stand with feet hip-width apart, knees soft, hands resting on your thighs.</source>
            <comment>steps[0].text</comment>
            <translation>قف وقدماك متباعدتان بعرض الوركين، وركبتاك مرتخيتان، ويداك على فخذيك.</translation>
        </message>
        <message>
            <source>Push your hips back, head, upper back and tailbone in one line; squeeze to rise. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>ادفع وركيك إلى الخلف، والرأس وأعلى الظهر والعصعص على خط واحد؛ شُدَّ الأرداف لتنهض. 8 مرات.</translation>
        </message>
        <message>
            <source>Finish standing tall and let your breath settle.</source>
            <comment>steps[2].text</comment>
            <translation>اختم بالوقوف مستقيمًا ودع أنفاسك تهدأ.</translation>
        </message>
        <message>
            <source>5 slow hinges</source>
            <comment>levels[0].dose</comment>
            <translation>5 انحناءات بطيئة</translation>
        </message>
        <message>
            <source>Fewer hinges, bending only a little, hands on the thighs.</source>
            <comment>levels[0].how</comment>
            <translation>انحناءات أقل، مع انحناء بسيط فقط، واليدان على الفخذين.</translation>
        </message>
        <message>
            <source>8 slow hinges</source>
            <comment>levels[1].dose</comment>
            <translation>8 انحناءات بطيئة</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>12 slow hinges</source>
            <comment>levels[2].dose</comment>
            <translation>12 انحناءة بطيئة</translation>
        </message>
        <message>
            <source>More hinges, with a slower return to standing.</source>
            <comment>levels[2].how</comment>
            <translation>انحناءات أكثر، مع عودة أبطأ إلى الوقوف.</translation>
        </message>
    </context>
    <context>
        <name>exercise:near-far-focus</name>
        <message>
            <source>Near and far focus</source>
            <comment>name</comment>
            <translation>التركيز القريب والبعيد</translation>
        </message>
        <message>
            <source>Switch your focus between near and far for a change from the fixed screen distance.</source>
            <comment>summary</comment>
            <translation>بدِّل تركيزك بين القريب والبعيد لتكسر ثبات المسافة أمام الشاشة.</translation>
        </message>
        <message>
            <source>10 switches</source>
            <comment>dose</comment>
            <translation>تبديل التركيز 10 مرات</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10 switches.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: تبديل التركيز 10 مرات.</translation>
        </message>
        <message>
            <source>Hold a pen upright about 30 cm in front of your face.</source>
            <comment>steps[0].text</comment>
            <translation>أمسك قلمًا قائمًا على بعد 30 سم تقريبًا أمام وجهك.</translation>
        </message>
        <message>
            <source>Focus on the pen tip for a moment, then on something far away. Switch 10 times.</source>
            <comment>steps[1].text</comment>
            <translation>ركِّز على رأس القلم لحظة، ثم على شيء بعيد. بدِّل 10 مرات.</translation>
        </message>
        <message>
            <source>6 switches</source>
            <comment>levels[0].dose</comment>
            <translation>تبديل التركيز 6 مرات</translation>
        </message>
        <message>
            <source>Fewer switches, pausing longer at the far point.</source>
            <comment>levels[0].how</comment>
            <translation>مرات تبديل أقل، مع التوقف أطول عند النقطة البعيدة.</translation>
        </message>
        <message>
            <source>10 switches</source>
            <comment>levels[1].dose</comment>
            <translation>تبديل التركيز 10 مرات</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>15 switches</source>
            <comment>levels[2].dose</comment>
            <translation>تبديل التركيز 15 مرة</translation>
        </message>
        <message>
            <source>More switches at an even pace.</source>
            <comment>levels[2].how</comment>
            <translation>مرات تبديل أكثر بإيقاع منتظم.</translation>
        </message>
    </context>
    <context>
        <name>exercise:neck-rotation</name>
        <message>
            <source>Neck turns</source>
            <comment>name</comment>
            <translation>التفات الرقبة</translation>
        </message>
        <message>
            <source>Slow looks over each shoulder to keep your neck turning freely.</source>
            <comment>summary</comment>
            <translation>نظرات بطيئة فوق كل كتف لتبقى رقبتك تلتفت بحرية.</translation>
        </message>
        <message>
            <source>3 turns each side</source>
            <comment>dose</comment>
            <translation>3 التفاتات لكل جانب</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 3 turns each side.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 3 التفاتات لكل جانب.</translation>
        </message>
        <message>
            <source>Move slowly and keep the turn within an easy range.</source>
            <comment>cautions[0]</comment>
            <translation>تحرَّك ببطء وأبقِ الالتفات ضمن مدى مريح.</translation>
        </message>
        <message>
            <source>Sit or stand tall, shoulders relaxed, chin level.</source>
            <comment>steps[0].text</comment>
            <translation>اجلس أو قف مستقيمًا، وكتفاك مرتخيتان، وذقنك أفقي.</translation>
        </message>
        <message>
            <source>Turn your head slowly to look over your right shoulder. Hold 5 s, come back. 3 times.</source>
            <comment>steps[1].text</comment>
            <translation>أدِر رأسك ببطء لتنظر فوق كتفك اليمنى. اثبت 5 ثوانٍ، ثم عُد. 3 مرات.</translation>
        </message>
        <message>
            <source>Now look over your left shoulder the same way. 3 times.</source>
            <comment>steps[2].text</comment>
            <translation>والآن انظر فوق كتفك اليسرى بالطريقة نفسها. 3 مرات.</translation>
        </message>
        <message>
            <source>2 small turns each side</source>
            <comment>levels[0].dose</comment>
            <translation>التفاتتان صغيرتان لكل جانب</translation>
        </message>
        <message>
            <source>Turn only part way, staying well inside comfort.</source>
            <comment>levels[0].how</comment>
            <translation>التفت جزئيًا فقط، وابقَ ضمن حدود الراحة بوضوح.</translation>
        </message>
        <message>
            <source>3 turns each side</source>
            <comment>levels[1].dose</comment>
            <translation>3 التفاتات لكل جانب</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>4 turns each side</source>
            <comment>levels[2].dose</comment>
            <translation>4 التفاتات لكل جانب</translation>
        </message>
        <message>
            <source>More turns, holding each for a breath.</source>
            <comment>levels[2].how</comment>
            <translation>التفاتات أكثر، مع الثبات في كل منها مدة نفَس.</translation>
        </message>
    </context>
    <context>
        <name>exercise:neck-side-bend</name>
        <message>
            <source>Neck side stretch</source>
            <comment>name</comment>
            <translation>إطالة جانب الرقبة</translation>
        </message>
        <message>
            <source>Eases the sides of your neck and the tops of your shoulders.</source>
            <comment>summary</comment>
            <translation>تريح جانبَي الرقبة وأعلى الكتفين.</translation>
        </message>
        <message>
            <source>2 × 15 s each side</source>
            <comment>dose</comment>
            <translation>2 × 15 ثانية لكل جانب</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 2 holds of 15 s each side.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 2 × 15 ثانية لكل جانب.</translation>
        </message>
        <message>
            <source>Let the weight of your head do the work; don't pull it down with your hand.</source>
            <comment>cautions[0]</comment>
            <translation>دع ثقل رأسك يقوم بالعمل؛ لا تشدَّه إلى الأسفل بيدك.</translation>
        </message>
        <message>
            <source>Let your left arm hang or hold the seat; tip your right ear toward your right shoulder.</source>
            <comment>steps[0].text</comment>
            <translation>أرخِ ذراعك اليسرى أو أمسك المقعد، ثم أمِل أذنك اليمنى نحو كتفك اليمنى.</translation>
        </message>
        <message>
            <source>Lift your head slowly, then tip your left ear toward your left shoulder the same way.</source>
            <comment>steps[1].text</comment>
            <translation>ارفع رأسك ببطء، ثم أمِل أذنك اليسرى نحو كتفك اليسرى بالطريقة نفسها.</translation>
        </message>
        <message>
            <source>Once more to the right, breathing slowly.</source>
            <comment>steps[2].text</comment>
            <translation>مرة أخرى إلى اليمين، مع تنفس بطيء.</translation>
        </message>
        <message>
            <source>And once more to the left, then lift your head up slowly.</source>
            <comment>steps[3].text</comment>
            <translation>ومرة أخرى إلى اليسار، ثم ارفع رأسك ببطء.</translation>
        </message>
        <message>
            <source>2 × 10 s each side</source>
            <comment>levels[0].dose</comment>
            <translation>2 × 10 ثوانٍ لكل جانب</translation>
        </message>
        <message>
            <source>Shorter holds, a smaller bend, no hand on the head.</source>
            <comment>levels[0].how</comment>
            <translation>ثبات أقصر، وميل أصغر، ومن دون وضع اليد على الرأس.</translation>
        </message>
        <message>
            <source>2 × 15 s each side</source>
            <comment>levels[1].dose</comment>
            <translation>2 × 15 ثانية لكل جانب</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>2 × 20 s each side</source>
            <comment>levels[2].dose</comment>
            <translation>2 × 20 ثانية لكل جانب</translation>
        </message>
        <message>
            <source>Longer holds on each side.</source>
            <comment>levels[2].how</comment>
            <translation>ثبات أطول على كل جانب.</translation>
        </message>
    </context>
    <context>
        <name>exercise:overhead-reach</name>
        <message>
            <source>Overhead reach with slow breaths</source>
            <comment>name</comment>
            <translation>مدّ الذراعين إلى الأعلى مع أنفاس بطيئة</translation>
        </message>
        <message>
            <source>Stretch tall through your sides and chest while your breathing slows down.</source>
            <comment>summary</comment>
            <translation>تمدَّد إلى الأعلى عبر جانبيك وصدرك بينما يتباطأ تنفسك.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>dose</comment>
            <translation>10 أنفاس بطيئة، مع إنزال الذراعين بينها</translation>
        </message>
        <message>
            <source>The physiotherapy articles behind DeskCoach suggest a desk reset every 30-45 minutes: 10 slow breaths, reaching up and to the sides.</source>
            <comment>dose_basis</comment>
            <translation>تقترح مقالات العلاج الطبيعي التي يستند إليها DeskCoach استراحة قصيرة على المكتب كل 30-45 دقيقة: 10 أنفاس بطيئة، مع مدّ الذراعين إلى الأعلى وإلى الجانبين.</translation>
        </message>
        <message>
            <source>Sore shoulder? Lift one arm at a time, or stop lower where it still feels easy.</source>
            <comment>cautions[0]</comment>
            <translation>ألم في الكتف؟ ارفع ذراعًا واحدة في كل مرة، أو توقَّف أدنى حيث لا يزال الأمر مريحًا.</translation>
        </message>
        <message>
            <source>Stand tall, feet hip-width apart, and let your ribs settle down.</source>
            <comment>steps[0].text</comment>
            <translation>قف مستقيمًا، وقدماك متباعدتان بعرض الوركين، ودع أضلاعك تستقر إلى الأسفل.</translation>
        </message>
        <message>
            <source>Breathe in as you reach both arms up; breathe out as you lower them to your sides.</source>
            <comment>steps[1].text</comment>
            <translation>خذ شهيقًا وأنت تمدّ ذراعيك كلتيهما إلى الأعلى؛ وأخرج الزفير وأنت تنزلهما إلى جانبيك.</translation>
        </message>
        <message>
            <source>Breathe in and reach up and over to the left; breathe out and lower your arms.</source>
            <comment>steps[2].text</comment>
            <translation>خذ شهيقًا ومُدَّ ذراعيك إلى الأعلى مائلًا إلى اليسار؛ ثم أخرج الزفير وأنزِل ذراعيك.</translation>
        </message>
        <message>
            <source>Now reach up and over to the right the same way, lowering your arms in between.</source>
            <comment>steps[3].text</comment>
            <translation>والآن مُدَّهما إلى الأعلى مائلًا إلى اليمين بالطريقة نفسها، مع إنزال ذراعيك بين المرات.</translation>
        </message>
        <message>
            <source>6 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>6 أنفاس بطيئة</translation>
        </message>
        <message>
            <source>Fewer breaths; reach only as high as is easy.</source>
            <comment>levels[0].how</comment>
            <translation>أنفاس أقل؛ ارفع ذراعيك إلى الارتفاع المريح فقط.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>levels[1].dose</comment>
            <translation>10 أنفاس بطيئة، مع إنزال الذراعين بينها</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>13 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>13 نفَسًا بطيئًا</translation>
        </message>
        <message>
            <source>More breaths, adding a gentle lean to each side.</source>
            <comment>levels[2].how</comment>
            <translation>أنفاس أكثر، مع إضافة ميل لطيف إلى كل جانب.</translation>
        </message>
    </context>
    <context>
        <name>exercise:palming</name>
        <message>
            <source>Palming</source>
            <comment>name</comment>
            <translation>تغطية العينين بالكفين</translation>
        </message>
        <message>
            <source>Warm, cupped hands shut out the light and give your eyes a short rest.</source>
            <comment>summary</comment>
            <translation>كفان دافئتان مقوَّستان تحجبان الضوء وتمنحان عينيك راحة قصيرة.</translation>
        </message>
        <message>
            <source>25 s</source>
            <comment>dose</comment>
            <translation>25 ثانية</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 20-30 s.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 20-30 ثانية.</translation>
        </message>
        <message>
            <source>Rest your hands on the bones around your eyes; no pressure on the eyes.</source>
            <comment>cautions[0]</comment>
            <translation>أسنِد يديك إلى العظام المحيطة بعينيك؛ من دون أي ضغط على العينين.</translation>
        </message>
        <message>
            <source>Skip this if you have had eye surgery recently.</source>
            <comment>avoid_if[0]</comment>
            <translation>تجنَّب هذا التمرين إذا أجريت جراحة في العين مؤخرًا.</translation>
        </message>
        <message>
            <source>Rub your palms together briskly until they feel warm.</source>
            <comment>steps[0].text</comment>
            <translation>افرك راحتَي يديك معًا بسرعة حتى تدفآ.</translation>
        </message>
        <message>
            <source>Close your eyes and cup your hands over them, fingers on your forehead. Rest.</source>
            <comment>steps[1].text</comment>
            <translation>أغمض عينيك وغطِّهما بكفيك المقوَّستين، والأصابع على جبهتك. استرخِ.</translation>
        </message>
        <message>
            <source>15 s</source>
            <comment>levels[0].dose</comment>
            <translation>15 ثانية</translation>
        </message>
        <message>
            <source>A shorter rest with the palms cupped over the eyes.</source>
            <comment>levels[0].how</comment>
            <translation>راحة أقصر والكفان مقوَّستان فوق العينين.</translation>
        </message>
        <message>
            <source>25 s</source>
            <comment>levels[1].dose</comment>
            <translation>25 ثانية</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>40 s</source>
            <comment>levels[2].dose</comment>
            <translation>40 ثانية</translation>
        </message>
        <message>
            <source>A longer rest, breathing slowly.</source>
            <comment>levels[2].how</comment>
            <translation>راحة أطول، مع تنفس بطيء.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-ab-brace</name>
        <message>
            <source>Seated belly brace</source>
            <comment>name</comment>
            <translation>شدّ البطن جلوسًا</translation>
        </message>
        <message>
            <source>Wakes up the deep belly muscles that support your lower back while you sit.</source>
            <comment>summary</comment>
            <translation>يوقظ عضلات البطن العميقة التي تسند أسفل ظهرك وأنت جالس.</translation>
        </message>
        <message>
            <source>8 braces, 5 s each</source>
            <comment>dose</comment>
            <translation>8 مرات، 5 ثوانٍ لكل مرة</translation>
        </message>
        <message>
            <source>Keep breathing while you brace; never hold your breath.</source>
            <comment>cautions[0]</comment>
            <translation>واصل التنفس أثناء شدِّ البطن؛ لا تحبس أنفاسك أبدًا.</translation>
        </message>
        <message>
            <source>Sit tall, feet flat, and rest both hands on your belly.</source>
            <comment>steps[0].text</comment>
            <translation>اجلس مستقيمًا، وقدماك مستويتان على الأرض، وضع يديك كلتيهما على بطنك.</translation>
        </message>
        <message>
            <source>Breathe out and firm your belly as if for a light poke, ribs down. Hold 5 s. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>أخرج الزفير وشُدَّ بطنك كأنك تتلقى نكزة خفيفة، والأضلاع إلى الأسفل. اثبت 5 ثوانٍ. 8 مرات.</translation>
        </message>
        <message>
            <source>5 braces, 3 s each</source>
            <comment>levels[0].dose</comment>
            <translation>5 مرات، 3 ثوانٍ لكل مرة</translation>
        </message>
        <message>
            <source>Fewer, lighter braces; keep breathing throughout.</source>
            <comment>levels[0].how</comment>
            <translation>مرات أقل وأخف؛ واصل التنفس طوال الوقت.</translation>
        </message>
        <message>
            <source>8 braces, 5 s each</source>
            <comment>levels[1].dose</comment>
            <translation>8 مرات، 5 ثوانٍ لكل مرة</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>10 braces, 8 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10 مرات، 8 ثوانٍ لكل مرة</translation>
        </message>
        <message>
            <source>More braces held longer, still breathing normally.</source>
            <comment>levels[2].how</comment>
            <translation>مرات أكثر مع ثبات أطول، مع مواصلة التنفس بشكل طبيعي.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-back-extension</name>
        <message>
            <source>Seated back bend</source>
            <comment>name</comment>
            <translation>ثني الظهر للخلف جلوسًا</translation>
        </message>
        <message>
            <source>Lift your chest at the edge of your chair to come out of a slumped curve.</source>
            <comment>summary</comment>
            <translation>ارفع صدرك على حافة كرسيك لتخرج من وضعية التقوُّس المترهلة.</translation>
        </message>
        <message>
            <source>8 chest lifts</source>
            <comment>dose</comment>
            <translation>8 رفعات للصدر</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5-10, as for the standing back extension.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 5-10 مرات، كما في ثني الظهر للخلف وقوفًا.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>استخدم كرسيًا لا يتدحرج: بلا عجلات، أو بعجلات مقفلة.</translation>
        </message>
        <message>
            <source>Move gently, and only as far as feels easy.</source>
            <comment>cautions[1]</comment>
            <translation>تحرَّك برفق، وبقدر ما تشعر بالراحة فقط.</translation>
        </message>
        <message>
            <source>Skip this if pain, numbness or tingling spreads down your leg.</source>
            <comment>avoid_if[0]</comment>
            <translation>تجنَّب هذا التمرين إذا امتد ألم أو خدر أو وخز إلى ساقك.</translation>
        </message>
        <message>
            <source>Skip this if you have spinal stenosis or spondylolisthesis.</source>
            <comment>avoid_if[1]</comment>
            <translation>تجنَّب هذا التمرين إذا كان لديك تضيق في القناة الشوكية أو انزلاق في الفقرات.</translation>
        </message>
        <message>
            <source>Sit on the front edge of your chair, feet flat, hands on your lower back.</source>
            <comment>steps[0].text</comment>
            <translation>اجلس على الحافة الأمامية لكرسيك، وقدماك مستويتان على الأرض، ويداك على أسفل ظهرك.</translation>
        </message>
        <message>
            <source>Lift your chest up and forward so your lower back arches a little. Ease off. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>ارفع صدرك إلى الأعلى والأمام حتى يتقوَّس أسفل ظهرك قليلًا. ثم أرخِ. 8 مرات.</translation>
        </message>
        <message>
            <source>5 chest lifts</source>
            <comment>levels[0].dose</comment>
            <translation>5 رفعات للصدر</translation>
        </message>
        <message>
            <source>Fewer lifts, moving only a little.</source>
            <comment>levels[0].how</comment>
            <translation>رفعات أقل، مع حركة بسيطة فقط.</translation>
        </message>
        <message>
            <source>8 chest lifts</source>
            <comment>levels[1].dose</comment>
            <translation>8 رفعات للصدر</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>10 chest lifts, 2 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10 رفعات للصدر، ثانيتان لكل رفعة</translation>
        </message>
        <message>
            <source>More lifts with a short pause at the top.</source>
            <comment>levels[2].how</comment>
            <translation>رفعات أكثر مع توقف قصير في الأعلى.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-chest-opener</name>
        <message>
            <source>Seated chest opener</source>
            <comment>name</comment>
            <translation>فتح الصدر جلوسًا</translation>
        </message>
        <message>
            <source>Draw your elbows wide and back to open the chest, right from your chair.</source>
            <comment>summary</comment>
            <translation>باعِد مرفقيك وأرجِعهما إلى الخلف لتفتح صدرك، وأنت على كرسيك.</translation>
        </message>
        <message>
            <source>8 openings, 3 s each</source>
            <comment>dose</comment>
            <translation>8 مرات، 3 ثوانٍ لكل مرة</translation>
        </message>
        <message>
            <source>Rest your hands lightly; never pull on your head or neck.</source>
            <comment>cautions[0]</comment>
            <translation>ضع يديك بخفة؛ لا تشدَّ رأسك أو رقبتك أبدًا.</translation>
        </message>
        <message>
            <source>Sit tall and rest your fingertips behind your head, elbows in front.</source>
            <comment>steps[0].text</comment>
            <translation>اجلس مستقيمًا وضع أطراف أصابعك خلف رأسك، والمرفقان إلى الأمام.</translation>
        </message>
        <message>
            <source>Breathe in and draw your elbows wide and back. Hold 3 s, then relax. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>خذ شهيقًا وباعِد مرفقيك وأرجِعهما إلى الخلف. اثبت 3 ثوانٍ، ثم استرخِ. 8 مرات.</translation>
        </message>
        <message>
            <source>5 openings, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation>5 مرات، ثانيتان لكل مرة</translation>
        </message>
        <message>
            <source>Fewer openings with shorter holds.</source>
            <comment>levels[0].how</comment>
            <translation>مرات أقل مع ثبات أقصر.</translation>
        </message>
        <message>
            <source>8 openings, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation>8 مرات، 3 ثوانٍ لكل مرة</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>10 openings, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10 مرات، 5 ثوانٍ لكل مرة</translation>
        </message>
        <message>
            <source>More openings with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation>مرات أكثر مع ثبات أطول.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-forward-fold</name>
        <message>
            <source>Seated forward fold</source>
            <comment>name</comment>
            <translation>الانحناء إلى الأمام جلوسًا</translation>
        </message>
        <message>
            <source>Let your back round forward and hang loose for a few slow breaths.</source>
            <comment>summary</comment>
            <translation>دع ظهرك يتقوَّس إلى الأمام ويتدلّى مرتخيًا مدة بضعة أنفاس بطيئة.</translation>
        </message>
        <message>
            <source>3 slow breaths, folded</source>
            <comment>dose</comment>
            <translation>3 أنفاس بطيئة في وضع الانحناء</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>استخدم كرسيًا لا يتدحرج: بلا عجلات، أو بعجلات مقفلة.</translation>
        </message>
        <message>
            <source>Come up slowly; light-headed when you sit up? Pause before you carry on.</source>
            <comment>cautions[1]</comment>
            <translation>انهض ببطء؛ تشعر بدوار خفيف عندما تعتدل؟ توقَّف قليلًا قبل أن تتابع.</translation>
        </message>
        <message>
            <source>Skip this if bending forward makes back or leg pain worse.</source>
            <comment>avoid_if[0]</comment>
            <translation>تجنَّب هذا التمرين إذا كان الانحناء إلى الأمام يزيد ألم الظهر أو الساق.</translation>
        </message>
        <message>
            <source>Sit near the front of your seat, feet flat and wide apart.</source>
            <comment>steps[0].text</comment>
            <translation>اجلس قرب مقدمة المقعد، وقدماك مستويتان على الأرض ومتباعدتان.</translation>
        </message>
        <message>
            <source>Let your chest fold down toward your knees, arms and head hanging loose.</source>
            <comment>steps[1].text</comment>
            <translation>دع صدرك ينحني نحو ركبتيك، والذراعان والرأس متدلّية مرتخية.</translation>
        </message>
        <message>
            <source>Stay folded for 3 slow breaths, then roll up slowly, head last.</source>
            <comment>steps[2].text</comment>
            <translation>ابقَ منحنيًا مدة 3 أنفاس بطيئة، ثم اعتدل ببطء فقرة فقرة، والرأس آخرًا.</translation>
        </message>
        <message>
            <source>2 slow breaths, folded</source>
            <comment>levels[0].dose</comment>
            <translation>نفَسان بطيئان في وضع الانحناء</translation>
        </message>
        <message>
            <source>A smaller fold, hands on the knees.</source>
            <comment>levels[0].how</comment>
            <translation>انحناء أصغر، واليدان على الركبتين.</translation>
        </message>
        <message>
            <source>3 slow breaths, folded</source>
            <comment>levels[1].dose</comment>
            <translation>3 أنفاس بطيئة في وضع الانحناء</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>5 slow breaths, folded</source>
            <comment>levels[2].dose</comment>
            <translation>5 أنفاس بطيئة في وضع الانحناء</translation>
        </message>
        <message>
            <source>Stay folded for more breaths.</source>
            <comment>levels[2].how</comment>
            <translation>ابقَ منحنيًا مدة أنفاس أكثر.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-hamstring-stretch</name>
        <message>
            <source>Seated hamstring stretch</source>
            <comment>name</comment>
            <translation>إطالة أوتار الركبة جلوسًا</translation>
        </message>
        <message>
            <source>Eases the backs of the thighs, which shorten when you sit all day.</source>
            <comment>summary</comment>
            <translation>تريح الجزء الخلفي من الفخذين، الذي يقصر عندما تجلس طوال اليوم.</translation>
        </message>
        <message>
            <source>20 s each leg</source>
            <comment>dose</comment>
            <translation>20 ثانية لكل ساق</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>استخدم كرسيًا لا يتدحرج: بلا عجلات، أو بعجلات مقفلة.</translation>
        </message>
        <message>
            <source>Lean from the hips with a long back; no bouncing, no reaching for the toes.</source>
            <comment>cautions[1]</comment>
            <translation>انحنِ من الوركين مع ظهر ممدود؛ بلا اهتزاز، ومن دون محاولة لمس أصابع القدمين.</translation>
        </message>
        <message>
            <source>It brings on pain, numbness or tingling down the leg.</source>
            <comment>avoid_if[0]</comment>
            <translation>إذا سبَّب ألمًا أو خدرًا أو وخزًا يمتد إلى أسفل الساق.</translation>
        </message>
        <message>
            <source>Sit near the front of your seat. Stretch your right leg out, heel down, toes up.</source>
            <comment>steps[0].text</comment>
            <translation>اجلس قرب مقدمة المقعد. مُدَّ ساقك اليمنى، والكعب على الأرض، والأصابع إلى الأعلى.</translation>
        </message>
        <message>
            <source>Sit tall and lean forward from your hips until the back of the thigh eases. Hold 20 s.</source>
            <comment>steps[1].text</comment>
            <translation>اجلس مستقيمًا ومِل إلى الأمام من الوركين حتى تشعر بارتخاء خلف الفخذ. اثبت 20 ثانية.</translation>
        </message>
        <message>
            <source>Sit up slowly, switch legs and hold the other side the same way.</source>
            <comment>steps[2].text</comment>
            <translation>اعتدل ببطء، وبدِّل الساقين واثبت على الجانب الآخر بالطريقة نفسها.</translation>
        </message>
        <message>
            <source>15 s each leg</source>
            <comment>levels[0].dose</comment>
            <translation>15 ثانية لكل ساق</translation>
        </message>
        <message>
            <source>A shorter hold with the knee a little bent.</source>
            <comment>levels[0].how</comment>
            <translation>ثبات أقصر مع ثني الركبة قليلًا.</translation>
        </message>
        <message>
            <source>20 s each leg</source>
            <comment>levels[1].dose</comment>
            <translation>20 ثانية لكل ساق</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>about 40 s each leg</source>
            <comment>levels[2].dose</comment>
            <translation>نحو 40 ثانية لكل ساق</translation>
        </message>
        <message>
            <source>Longer holds on each leg, sitting tall.</source>
            <comment>levels[2].how</comment>
            <translation>ثبات أطول على كل ساق، مع الجلوس مستقيمًا.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-heel-raises</name>
        <message>
            <source>Seated heel raises</source>
            <comment>name</comment>
            <translation>رفع الكعبين جلوسًا</translation>
        </message>
        <message>
            <source>Works your calves and keeps the blood moving in your legs without leaving the chair.</source>
            <comment>summary</comment>
            <translation>يشغِّل عضلات الساقين الخلفية ويبقي الدم يتحرك في ساقيك من دون أن تغادر الكرسي.</translation>
        </message>
        <message>
            <source>15 raises</source>
            <comment>dose</comment>
            <translation>15 رفعة</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10-15, as for calf raises.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 10-15 مرة، كما في رفع الكعبين.</translation>
        </message>
        <message>
            <source>Sit tall with your feet flat and your knees above your ankles.</source>
            <comment>steps[0].text</comment>
            <translation>اجلس مستقيمًا، وقدماك مستويتان على الأرض، وركبتاك فوق كاحليك.</translation>
        </message>
        <message>
            <source>Lift both heels as high as you can, then lower them slowly. 15 times.</source>
            <comment>steps[1].text</comment>
            <translation>ارفع كعبيك كليهما بأعلى ما تستطيع، ثم أنزِلهما ببطء. 15 مرة.</translation>
        </message>
        <message>
            <source>10 raises</source>
            <comment>levels[0].dose</comment>
            <translation>10 رفعات</translation>
        </message>
        <message>
            <source>Fewer raises.</source>
            <comment>levels[0].how</comment>
            <translation>رفعات أقل.</translation>
        </message>
        <message>
            <source>15 raises</source>
            <comment>levels[1].dose</comment>
            <translation>15 رفعة</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>20 raises, 2 s holds</source>
            <comment>levels[2].dose</comment>
            <translation>20 رفعة، مع الثبات ثانيتين</translation>
        </message>
        <message>
            <source>More raises with a pause at the top.</source>
            <comment>levels[2].how</comment>
            <translation>رفعات أكثر مع توقف قصير في الأعلى.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-hip-flexor-stretch</name>
        <message>
            <source>Seated hip-flexor stretch</source>
            <comment>name</comment>
            <translation>إطالة مثنيات الورك جلوسًا</translation>
        </message>
        <message>
            <source>The hip-flexor stretch sideways on a chair without wheels, one leg sliding back.</source>
            <comment>summary</comment>
            <translation>إطالة مثنيات الورك جانبيًا على كرسي بلا عجلات، مع انزلاق ساق واحدة إلى الخلف.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>dose</comment>
            <translation>25 ثانية لكل جانب</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 20-30 s each side.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 20-30 ثانية لكل جانب.</translation>
        </message>
        <message>
            <source>Only on a chair without wheels that cannot tip; keep one hand on its backrest.</source>
            <comment>cautions[0]</comment>
            <translation>على كرسي بلا عجلات لا يمكن أن ينقلب فقط؛ أبقِ يدًا على مسند ظهره.</translation>
        </message>
        <message>
            <source>Your chair has castors: do the standing hip-flexor stretch, one hand on the desk.</source>
            <comment>avoid_if[0]</comment>
            <translation>كرسيك بعجلات: أدِّ إطالة مثنيات الورك وقوفًا، ويدك على المكتب.</translation>
        </message>
        <message>
            <source>Sit sideways near the edge of a chair without wheels, one hand on its backrest.</source>
            <comment>steps[0].text</comment>
            <translation>اجلس جانبيًا قرب حافة كرسي بلا عجلات، وإحدى يديك على مسند ظهره.</translation>
        </message>
        <message>
            <source>Slide your outer leg back, knee pointing down, sit tall and tuck your tailbone. Hold.</source>
            <comment>steps[1].text</comment>
            <translation>حرِّك ساقك الخارجية إلى الخلف، والركبة متجهة إلى الأسفل، واجلس مستقيمًا وأدخِل عظمة العصعص. اثبت.</translation>
        </message>
        <message>
            <source>Turn to face the other way and stretch the other leg.</source>
            <comment>steps[2].text</comment>
            <translation>استدر لتواجه الجهة الأخرى ومُدَّ الساق الأخرى.</translation>
        </message>
        <message>
            <source>15 s each side</source>
            <comment>levels[0].dose</comment>
            <translation>15 ثانية لكل جانب</translation>
        </message>
        <message>
            <source>Shorter holds with the leg slid back less far.</source>
            <comment>levels[0].how</comment>
            <translation>ثبات أقصر مع إرجاع الساق مسافة أقل.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>levels[1].dose</comment>
            <translation>25 ثانية لكل جانب</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>30 s each side</source>
            <comment>levels[2].dose</comment>
            <translation>30 ثانية لكل جانب</translation>
        </message>
        <message>
            <source>Longer holds, sitting a little taller.</source>
            <comment>levels[2].how</comment>
            <translation>ثبات أطول، مع الجلوس أكثر استقامة قليلًا.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-hip-hinge</name>
        <message>
            <source>Seated hip hinge</source>
            <comment>name</comment>
            <translation>الانحناء من الوركين جلوسًا</translation>
        </message>
        <message>
            <source>Lean forward from the hips with a long back, right from the edge of your chair.</source>
            <comment>summary</comment>
            <translation>مِل إلى الأمام من الوركين مع ظهر ممدود، وأنت على حافة كرسيك.</translation>
        </message>
        <message>
            <source>8 slow leans</source>
            <comment>dose</comment>
            <translation>8 ميلات بطيئة</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10, as for the standing hinge.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 8-10 مرات، كما في الانحناء من الوركين وقوفًا.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>استخدم كرسيًا لا يتدحرج: بلا عجلات، أو بعجلات مقفلة.</translation>
        </message>
        <message>
            <source>Stop if you feel pain, numbness or tingling running down a leg.</source>
            <comment>cautions[1]</comment>
            <translation>توقَّف إذا شعرت بألم أو خدر أو وخز يمتد إلى أسفل ساقك.</translation>
        </message>
        <message>
            <source>Sit near the front edge, feet flat and apart, hands resting on your thighs.</source>
            <comment>steps[0].text</comment>
            <translation>اجلس قرب الحافة الأمامية، وقدماك مستويتان ومتباعدتان، ويداك على فخذيك.</translation>
        </message>
        <message>
            <source>Lean forward from your hips, head, upper back and tailbone in one line. Sit tall. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>مِل إلى الأمام من الوركين، والرأس وأعلى الظهر والعصعص على خط واحد. اعتدل جالسًا. 8 مرات.</translation>
        </message>
        <message>
            <source>5 slow leans</source>
            <comment>levels[0].dose</comment>
            <translation>5 ميلات بطيئة</translation>
        </message>
        <message>
            <source>Fewer, smaller leans from the hips.</source>
            <comment>levels[0].how</comment>
            <translation>ميلات أقل وأصغر من الوركين.</translation>
        </message>
        <message>
            <source>8 slow leans</source>
            <comment>levels[1].dose</comment>
            <translation>8 ميلات بطيئة</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>12 slow leans</source>
            <comment>levels[2].dose</comment>
            <translation>12 ميلًا بطيئًا</translation>
        </message>
        <message>
            <source>More leans with a slower return.</source>
            <comment>levels[2].how</comment>
            <translation>ميلات أكثر مع عودة أبطأ.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-march</name>
        <message>
            <source>Seated march</source>
            <comment>name</comment>
            <translation>المشي في المكان جلوسًا</translation>
        </message>
        <message>
            <source>Marching in your chair gets the legs and blood moving when you can't step away.</source>
            <comment>summary</comment>
            <translation>المشي في المكان على كرسيك يحرِّك الساقين والدم عندما لا تستطيع الابتعاد عن المكتب.</translation>
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>dose</comment>
            <translation>دقيقة واحدة تقريبًا</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: about 60 s of marching in place of a walk.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: نحو 60 ثانية من المشي في المكان بدلًا من المشي القصير.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>استخدم كرسيًا لا يتدحرج: بلا عجلات، أو بعجلات مقفلة.</translation>
        </message>
        <message>
            <source>Sit tall near the front of your seat and hold its sides lightly.</source>
            <comment>steps[0].text</comment>
            <translation>اجلس مستقيمًا قرب مقدمة المقعد وأمسك جانبيه بخفة.</translation>
        </message>
        <message>
            <source>Lift one knee, then the other, in an easy marching rhythm.</source>
            <comment>steps[1].text</comment>
            <translation>ارفع ركبة، ثم الأخرى، بإيقاع مشي مريح.</translation>
        </message>
        <message>
            <source>Keep marching, a little quicker, for the last few seconds.</source>
            <comment>steps[2].text</comment>
            <translation>واصل المشي في المكان، أسرع قليلًا، في الثواني الأخيرة.</translation>
        </message>
        <message>
            <source>about 30 seconds</source>
            <comment>levels[0].dose</comment>
            <translation>30 ثانية تقريبًا</translation>
        </message>
        <message>
            <source>A shorter march, lifting the knees only a little.</source>
            <comment>levels[0].how</comment>
            <translation>مشي أقصر، مع رفع الركبتين قليلًا فقط.</translation>
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>levels[1].dose</comment>
            <translation>دقيقة واحدة تقريبًا</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>about 90 seconds</source>
            <comment>levels[2].dose</comment>
            <translation>90 ثانية تقريبًا</translation>
        </message>
        <message>
            <source>A longer march, lifting the knees higher.</source>
            <comment>levels[2].how</comment>
            <translation>مشي أطول، مع رفع الركبتين أعلى.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-overhead-reach</name>
        <message>
            <source>Seated overhead reach with slow breaths</source>
            <comment>name</comment>
            <translation>مدّ الذراعين إلى الأعلى جلوسًا مع أنفاس بطيئة</translation>
        </message>
        <message>
            <source>The overhead reach from your chair: tall through the sides, breathing slow.</source>
            <comment>summary</comment>
            <translation>مدّ الذراعين إلى الأعلى من كرسيك: تمدُّد عبر الجانبين، وتنفس بطيء.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>dose</comment>
            <translation>10 أنفاس بطيئة، مع إنزال الذراعين بينها</translation>
        </message>
        <message>
            <source>The physiotherapy articles behind DeskCoach suggest a desk reset every 30-45 minutes: 10 slow breaths, reaching up and to the sides.</source>
            <comment>dose_basis</comment>
            <translation>تقترح مقالات العلاج الطبيعي التي يستند إليها DeskCoach استراحة قصيرة على المكتب كل 30-45 دقيقة: 10 أنفاس بطيئة، مع مدّ الذراعين إلى الأعلى وإلى الجانبين.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>استخدم كرسيًا لا يتدحرج: بلا عجلات، أو بعجلات مقفلة.</translation>
        </message>
        <message>
            <source>Sore shoulder? Lift one arm at a time, or stop lower where it still feels easy.</source>
            <comment>cautions[1]</comment>
            <translation>ألم في الكتف؟ ارفع ذراعًا واحدة في كل مرة، أو توقَّف أدنى حيث لا يزال الأمر مريحًا.</translation>
        </message>
        <message>
            <source>Sit near the front of your seat, feet flat, back away from the backrest.</source>
            <comment>steps[0].text</comment>
            <translation>اجلس قرب مقدمة المقعد، وقدماك مستويتان، وظهرك بعيد عن مسند الظهر.</translation>
        </message>
        <message>
            <source>Breathe in as you reach both arms up; breathe out as you lower them to your sides.</source>
            <comment>steps[1].text</comment>
            <translation>خذ شهيقًا وأنت تمدّ ذراعيك كلتيهما إلى الأعلى؛ وأخرج الزفير وأنت تنزلهما إلى جانبيك.</translation>
        </message>
        <message>
            <source>Breathe in and reach up and over to the left; breathe out and lower your arms.</source>
            <comment>steps[2].text</comment>
            <translation>خذ شهيقًا ومُدَّ ذراعيك إلى الأعلى مائلًا إلى اليسار؛ ثم أخرج الزفير وأنزِل ذراعيك.</translation>
        </message>
        <message>
            <source>Now reach up and over to the right the same way, lowering your arms in between.</source>
            <comment>steps[3].text</comment>
            <translation>والآن مُدَّهما إلى الأعلى مائلًا إلى اليمين بالطريقة نفسها، مع إنزال ذراعيك بين المرات.</translation>
        </message>
        <message>
            <source>6 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>6 أنفاس بطيئة</translation>
        </message>
        <message>
            <source>Fewer breaths; reach only as high as is easy.</source>
            <comment>levels[0].how</comment>
            <translation>أنفاس أقل؛ ارفع ذراعيك إلى الارتفاع المريح فقط.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>levels[1].dose</comment>
            <translation>10 أنفاس بطيئة، مع إنزال الذراعين بينها</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>13 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>13 نفَسًا بطيئًا</translation>
        </message>
        <message>
            <source>More breaths, adding a gentle lean to each side.</source>
            <comment>levels[2].how</comment>
            <translation>أنفاس أكثر، مع إضافة ميل لطيف إلى كل جانب.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-thoracic-rotation</name>
        <message>
            <source>Seated upper-back twist</source>
            <comment>name</comment>
            <translation>لفّ أعلى الظهر جلوسًا</translation>
        </message>
        <message>
            <source>Turns the upper back gently both ways from your chair, hips staying put.</source>
            <comment>summary</comment>
            <translation>يلفّ أعلى الظهر برفق في الاتجاهين من كرسيك، مع بقاء الوركين في مكانهما.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>dose</comment>
            <translation>5 مرات في كل اتجاه</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 turns each way.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 5 مرات في كل اتجاه.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>استخدم كرسيًا لا يتدحرج: بلا عجلات، أو بعجلات مقفلة.</translation>
        </message>
        <message>
            <source>Back flaring up? Keep the turn small and slow.</source>
            <comment>cautions[1]</comment>
            <translation>ظهرك يؤلمك من جديد؟ اجعل اللفّ صغيرًا وبطيئًا.</translation>
        </message>
        <message>
            <source>Sit tall near the front of your seat, feet flat, arms crossed on your chest.</source>
            <comment>steps[0].text</comment>
            <translation>اجلس مستقيمًا قرب مقدمة المقعد، وقدماك مستويتان، وذراعاك متقاطعتان على صدرك.</translation>
        </message>
        <message>
            <source>Breathe out and turn your chest to the left, eyes leading. Come back. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation>أخرج الزفير ولُفَّ صدرك إلى اليسار، وعيناك تسبقان الحركة. ثم عُد. 5 مرات.</translation>
        </message>
        <message>
            <source>Now turn to the right the same way, 5 times, knees pointing ahead.</source>
            <comment>steps[2].text</comment>
            <translation>والآن لُفَّ إلى اليمين بالطريقة نفسها، 5 مرات، والركبتان متجهتان إلى الأمام.</translation>
        </message>
        <message>
            <source>3 turns each way</source>
            <comment>levels[0].dose</comment>
            <translation>3 مرات في كل اتجاه</translation>
        </message>
        <message>
            <source>Fewer, smaller turns.</source>
            <comment>levels[0].how</comment>
            <translation>لفّات أقل وأصغر.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>levels[1].dose</comment>
            <translation>5 مرات في كل اتجاه</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>7 turns each way</source>
            <comment>levels[2].dose</comment>
            <translation>7 مرات في كل اتجاه</translation>
        </message>
        <message>
            <source>More turns, breathing out as you turn.</source>
            <comment>levels[2].how</comment>
            <translation>لفّات أكثر، مع الزفير أثناء اللفّ.</translation>
        </message>
    </context>
    <context>
        <name>exercise:short-walk</name>
        <message>
            <source>Short walk</source>
            <comment>name</comment>
            <translation>مشي قصير</translation>
        </message>
        <message>
            <source>Two minutes on your feet, the simplest way to get the blood moving again.</source>
            <comment>summary</comment>
            <translation>دقيقتان على قدميك، أبسط طريقة لتحريك الدم من جديد.</translation>
        </message>
        <message>
            <source>about 2 minutes</source>
            <comment>dose</comment>
            <translation>دقيقتان تقريبًا</translation>
        </message>
        <message>
            <source>About 2 minutes of light walking, as in the sitting study cited; the guides give 1-5 minutes.</source>
            <comment>dose_basis</comment>
            <translation>نحو دقيقتين من المشي الخفيف، كما في الدراسة المذكورة عن الجلوس؛ وتذكر الأدلة 1-5 دقائق.</translation>
        </message>
        <message>
            <source>Walking hard for you today? The seated march is a good swap.</source>
            <comment>cautions[0]</comment>
            <translation>المشي صعب عليك اليوم؟ المشي في المكان جلوسًا بديل جيد.</translation>
        </message>
        <message>
            <source>Stand up, stretch tall and set off at an easy pace.</source>
            <comment>steps[0].text</comment>
            <translation>قف، وتمدَّد إلى الأعلى، وانطلق بخطى مريحة.</translation>
        </message>
        <message>
            <source>Walk for about two minutes: refill your water, take the long way, or climb a flight.</source>
            <comment>steps[1].text</comment>
            <translation>امشِ نحو دقيقتين: املأ قارورة الماء، أو خذ الطريق الأطول، أو اصعد طابقًا.</translation>
        </message>
        <message>
            <source>Stroll back, roll your shoulders and settle in.</source>
            <comment>steps[2].text</comment>
            <translation>عُد على مهل، وأدِر كتفيك، ثم استقر في مكانك.</translation>
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>levels[0].dose</comment>
            <translation>دقيقة واحدة تقريبًا</translation>
        </message>
        <message>
            <source>A shorter walk at an easy pace.</source>
            <comment>levels[0].how</comment>
            <translation>مشي أقصر بخطى مريحة.</translation>
        </message>
        <message>
            <source>about 2 minutes</source>
            <comment>levels[1].dose</comment>
            <translation>دقيقتان تقريبًا</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>about 3 minutes</source>
            <comment>levels[2].dose</comment>
            <translation>3 دقائق تقريبًا</translation>
        </message>
        <message>
            <source>A longer walk, or take the stairs.</source>
            <comment>levels[2].how</comment>
            <translation>مشي أطول، أو استخدم الدرج.</translation>
        </message>
    </context>
    <context>
        <name>exercise:shoulder-blade-squeeze</name>
        <message>
            <source>Shoulder-blade squeezes</source>
            <comment>name</comment>
            <translation>ضمّ لوحَي الكتفين</translation>
        </message>
        <message>
            <source>Wakes up the muscles between your shoulder blades and opens a rounded posture.</source>
            <comment>summary</comment>
            <translation>يوقظ العضلات بين لوحَي كتفيك ويفتح وضعية الظهر المتقوِّس.</translation>
        </message>
        <message>
            <source>10 squeezes, 3 s each</source>
            <comment>dose</comment>
            <translation>10 مرات، 3 ثوانٍ لكل مرة</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10 squeezes held 3-5 s.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 10 مرات، مع الثبات 3-5 ثوانٍ كل مرة.</translation>
        </message>
        <message>
            <source>Keep your shoulders away from your ears; no shrugging.</source>
            <comment>cautions[0]</comment>
            <translation>أبقِ كتفيك بعيدتين عن أذنيك؛ لا ترفعهما.</translation>
        </message>
        <message>
            <source>Sit or stand tall, elbows bent at your sides, hands in front of you.</source>
            <comment>steps[0].text</comment>
            <translation>اجلس أو قف مستقيمًا، ومرفقاك مثنيّان بجانبيك، ويداك أمامك.</translation>
        </message>
        <message>
            <source>Draw your shoulder blades back and down. Hold 3 s, then let go. 10 times.</source>
            <comment>steps[1].text</comment>
            <translation>اسحب لوحَي كتفيك إلى الخلف والأسفل. اثبت 3 ثوانٍ، ثم أرخِهما. 10 مرات.</translation>
        </message>
        <message>
            <source>6 squeezes, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation>6 مرات، ثانيتان لكل مرة</translation>
        </message>
        <message>
            <source>Fewer, gentler squeezes.</source>
            <comment>levels[0].how</comment>
            <translation>مرات أقل وأخف.</translation>
        </message>
        <message>
            <source>10 squeezes, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation>10 مرات، 3 ثوانٍ لكل مرة</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>12 squeezes, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation>12 مرة، 5 ثوانٍ لكل مرة</translation>
        </message>
        <message>
            <source>More squeezes with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation>مرات أكثر مع ثبات أطول.</translation>
        </message>
    </context>
    <context>
        <name>exercise:shoulder-rolls</name>
        <message>
            <source>Shoulder rolls</source>
            <comment>name</comment>
            <translation>تدوير الكتفين</translation>
        </message>
        <message>
            <source>Big, slow circles that loosen shoulders held still over the keyboard.</source>
            <comment>summary</comment>
            <translation>دوائر كبيرة بطيئة تُرخي الكتفين الثابتتين فوق لوحة المفاتيح.</translation>
        </message>
        <message>
            <source>5 rolls each way</source>
            <comment>dose</comment>
            <translation>5 دورات في كل اتجاه</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 rolls each way.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 5 دورات في كل اتجاه.</translation>
        </message>
        <message>
            <source>Sit or stand tall and let your shoulders settle.</source>
            <comment>steps[0].text</comment>
            <translation>اجلس أو قف مستقيمًا ودع كتفيك تستقران.</translation>
        </message>
        <message>
            <source>Roll your shoulders up, back and down in slow, big circles. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation>أدِر كتفيك إلى الأعلى ثم الخلف ثم الأسفل، في دوائر كبيرة بطيئة. 5 مرات.</translation>
        </message>
        <message>
            <source>Now roll them the other way: up, forward and down. 5 times.</source>
            <comment>steps[2].text</comment>
            <translation>والآن أدِرهما في الاتجاه الآخر: إلى الأعلى ثم الأمام ثم الأسفل. 5 مرات.</translation>
        </message>
        <message>
            <source>3 rolls each way</source>
            <comment>levels[0].dose</comment>
            <translation>3 دورات في كل اتجاه</translation>
        </message>
        <message>
            <source>Fewer, smaller rolls.</source>
            <comment>levels[0].how</comment>
            <translation>دورات أقل وأصغر.</translation>
        </message>
        <message>
            <source>5 rolls each way</source>
            <comment>levels[1].dose</comment>
            <translation>5 دورات في كل اتجاه</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>8 rolls each way</source>
            <comment>levels[2].dose</comment>
            <translation>8 دورات في كل اتجاه</translation>
        </message>
        <message>
            <source>More rolls, slow and as large as is comfortable.</source>
            <comment>levels[2].how</comment>
            <translation>دورات أكثر، بطيئة وواسعة بقدر ما يريحك.</translation>
        </message>
    </context>
    <context>
        <name>exercise:sit-to-stand</name>
        <message>
            <source>Sit to stand</source>
            <comment>name</comment>
            <translation>من الجلوس إلى الوقوف</translation>
        </message>
        <message>
            <source>From a steady chair, stand up and sit down without your hands, for strong legs.</source>
            <comment>summary</comment>
            <translation>من كرسي ثابت، قف واجلس من دون يديك، لساقين قويتين.</translation>
        </message>
        <message>
            <source>8 stands</source>
            <comment>dose</comment>
            <translation>8 مرات وقوف</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10 stands.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 8-10 مرات وقوف.</translation>
        </message>
        <message>
            <source>Knees complain? Use a higher seat or a cushion, and go slower.</source>
            <comment>cautions[0]</comment>
            <translation>ركبتاك تتألمان؟ استخدم مقعدًا أعلى أو وسادة، وتحرَّك أبطأ.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[1]</comment>
            <translation>استخدم كرسيًا لا يتدحرج: بلا عجلات، أو بعجلات مقفلة.</translation>
        </message>
        <message>
            <source>Standing up without your hands is not safe for you today.</source>
            <comment>avoid_if[0]</comment>
            <translation>الوقوف من دون استخدام يديك ليس آمنًا لك اليوم.</translation>
        </message>
        <message>
            <source>Sit near the front of a steady chair, feet hip-width apart and a little back.</source>
            <comment>steps[0].text</comment>
            <translation>اجلس قرب مقدمة كرسي ثابت، وقدماك متباعدتان بعرض الوركين ومرجَعتان قليلًا إلى الخلف.</translation>
        </message>
        <message>
            <source>Lean forward and stand up tall without using your hands; sit down slowly. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>مِل إلى الأمام وقف مستقيمًا من دون استخدام يديك؛ ثم اجلس ببطء. 8 مرات.</translation>
        </message>
        <message>
            <source>5 stands, hands on the thighs</source>
            <comment>levels[0].dose</comment>
            <translation>5 مرات وقوف، واليدان على الفخذين</translation>
        </message>
        <message>
            <source>Fewer stands, pushing up with the hands.</source>
            <comment>levels[0].how</comment>
            <translation>مرات وقوف أقل، مع الدفع باليدين للنهوض.</translation>
        </message>
        <message>
            <source>8 stands</source>
            <comment>levels[1].dose</comment>
            <translation>8 مرات وقوف</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>12 stands, 3 s to sit</source>
            <comment>levels[2].dose</comment>
            <translation>12 مرة وقوف، والجلوس في 3 ثوانٍ</translation>
        </message>
        <message>
            <source>More stands, lowering slowly over three seconds.</source>
            <comment>levels[2].how</comment>
            <translation>مرات وقوف أكثر، مع النزول ببطء خلال 3 ثوانٍ.</translation>
        </message>
    </context>
    <context>
        <name>exercise:tendon-glides</name>
        <message>
            <source>Tendon glides</source>
            <comment>name</comment>
            <translation>انزلاق الأوتار</translation>
        </message>
        <message>
            <source>A run of hand shapes that moves every finger joint through its full range.</source>
            <comment>summary</comment>
            <translation>سلسلة من أشكال اليد تحرِّك كل مفصل من مفاصل الأصابع في مداه الكامل.</translation>
        </message>
        <message>
            <source>5 rounds</source>
            <comment>dose</comment>
            <translation>5 جولات</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 rounds.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 5 جولات.</translation>
        </message>
        <message>
            <source>Joints sore from arthritis? Move gently, only as far as is comfortable.</source>
            <comment>cautions[0]</comment>
            <translation>مفاصلك تؤلمك بسبب التهاب المفاصل؟ تحرَّك برفق، وبقدر ما يريحك فقط.</translation>
        </message>
        <message>
            <source>Hold one or both hands up, fingers straight and together.</source>
            <comment>steps[0].text</comment>
            <translation>ارفع يدًا واحدة أو كلتيهما، والأصابع مستقيمة ومتلاصقة.</translation>
        </message>
        <message>
            <source>Bend the top two finger joints into a hook, big knuckles staying straight.</source>
            <comment>steps[1].text</comment>
            <translation>اثنِ مفصلَي الأصابع العلويين على شكل خطّاف، مع بقاء مفاصل قاعدة الأصابع مستقيمة.</translation>
        </message>
        <message>
            <source>Curl into a soft full fist, then open flat. Go through all 3 shapes 5 times.</source>
            <comment>steps[2].text</comment>
            <translation>اقبض يدك قبضة كاملة لينة، ثم افتحها مبسوطة. مُرَّ بالأشكال الثلاثة 5 مرات.</translation>
        </message>
        <message>
            <source>Spread your fingers wide, hold 3 s and relax. 5 times.</source>
            <comment>steps[3].text</comment>
            <translation>باعِد أصابعك على اتساعها، واثبت 3 ثوانٍ ثم استرخِ. 5 مرات.</translation>
        </message>
        <message>
            <source>3 rounds</source>
            <comment>levels[0].dose</comment>
            <translation>3 جولات</translation>
        </message>
        <message>
            <source>Fewer rounds, moving gently.</source>
            <comment>levels[0].how</comment>
            <translation>جولات أقل، مع حركة لطيفة.</translation>
        </message>
        <message>
            <source>5 rounds</source>
            <comment>levels[1].dose</comment>
            <translation>5 جولات</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>8 rounds</source>
            <comment>levels[2].dose</comment>
            <translation>8 جولات</translation>
        </message>
        <message>
            <source>More rounds, holding each position for a moment.</source>
            <comment>levels[2].how</comment>
            <translation>جولات أكثر، مع الثبات لحظة في كل وضع.</translation>
        </message>
    </context>
    <context>
        <name>exercise:thoracic-rotation</name>
        <message>
            <source>Standing upper-back twist</source>
            <comment>name</comment>
            <translation>لفّ أعلى الظهر وقوفًا</translation>
        </message>
        <message>
            <source>Turns the upper back gently both ways to ease the stiffness of facing one screen.</source>
            <comment>summary</comment>
            <translation>يلفّ أعلى الظهر برفق في الاتجاهين ليخفِّف تيبُّس مواجهة الشاشة نفسها.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>dose</comment>
            <translation>5 مرات في كل اتجاه</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 turns each way.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 5 مرات في كل اتجاه.</translation>
        </message>
        <message>
            <source>Back flaring up? Keep the turn small and slow.</source>
            <comment>cautions[0]</comment>
            <translation>ظهرك يؤلمك من جديد؟ اجعل اللفّ صغيرًا وبطيئًا.</translation>
        </message>
        <message>
            <source>Stand tall and cross your arms over your chest, hands on your shoulders.</source>
            <comment>steps[0].text</comment>
            <translation>قف مستقيمًا وشبِّك ذراعيك على صدرك، ويداك على كتفيك.</translation>
        </message>
        <message>
            <source>Breathe out and turn your chest to the left, eyes leading. Come back. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation>أخرج الزفير ولُفَّ صدرك إلى اليسار، وعيناك تسبقان الحركة. ثم عُد. 5 مرات.</translation>
        </message>
        <message>
            <source>Now turn to the right the same way, 5 times, hips facing forward.</source>
            <comment>steps[2].text</comment>
            <translation>والآن لُفَّ إلى اليمين بالطريقة نفسها، 5 مرات، والوركان متجهان إلى الأمام.</translation>
        </message>
        <message>
            <source>3 turns each way</source>
            <comment>levels[0].dose</comment>
            <translation>3 مرات في كل اتجاه</translation>
        </message>
        <message>
            <source>Fewer, smaller turns.</source>
            <comment>levels[0].how</comment>
            <translation>لفّات أقل وأصغر.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>levels[1].dose</comment>
            <translation>5 مرات في كل اتجاه</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>7 turns each way</source>
            <comment>levels[2].dose</comment>
            <translation>7 مرات في كل اتجاه</translation>
        </message>
        <message>
            <source>More turns, breathing out as you turn.</source>
            <comment>levels[2].how</comment>
            <translation>لفّات أكثر، مع الزفير أثناء اللفّ.</translation>
        </message>
    </context>
    <context>
        <name>exercise:wall-angels</name>
        <message>
            <source>Wall angels</source>
            <comment>name</comment>
            <translation>ملائكة الجدار</translation>
        </message>
        <message>
            <source>Slide your arms up a wall to open the chest and get the shoulder blades moving.</source>
            <comment>summary</comment>
            <translation>حرِّك ذراعيك منزلقتين إلى أعلى الجدار لتفتح صدرك وتحرِّك لوحَي كتفيك.</translation>
        </message>
        <message>
            <source>8 slow slides</source>
            <comment>dose</comment>
            <translation>8 انزلاقات بطيئة</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 6-8 slides.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: 6-8 انزلاقات.</translation>
        </message>
        <message>
            <source>Slide only as high as you can without pain or your back arching off the wall.</source>
            <comment>cautions[0]</comment>
            <translation>لا تنزلق إلا إلى الارتفاع الذي تبلغه بلا ألم ومن دون أن يتقوَّس ظهرك مبتعدًا عن الجدار.</translation>
        </message>
        <message>
            <source>Stand with your back, head and bottom against a wall, feet a small step forward.</source>
            <comment>steps[0].text</comment>
            <translation>قف وظهرك ورأسك وأردافك ملاصقة للجدار، وقدماك متقدمتان خطوة صغيرة.</translation>
        </message>
        <message>
            <source>Raise your arms into a W, elbows and backs of the hands touching the wall.</source>
            <comment>steps[1].text</comment>
            <translation>ارفع ذراعيك على شكل حرف W، والمرفقان وظهرا اليدين ملامسة للجدار.</translation>
        </message>
        <message>
            <source>Slide your arms up into a Y, then back down to the W. 8 times, slowly.</source>
            <comment>steps[2].text</comment>
            <translation>حرِّك ذراعيك منزلقتين إلى الأعلى على شكل حرف Y، ثم عُد إلى W. 8 مرات ببطء.</translation>
        </message>
        <message>
            <source>5 slow slides</source>
            <comment>levels[0].dose</comment>
            <translation>5 انزلاقات بطيئة</translation>
        </message>
        <message>
            <source>Fewer slides, arms only to shoulder height.</source>
            <comment>levels[0].how</comment>
            <translation>انزلاقات أقل، والذراعان إلى مستوى الكتفين فقط.</translation>
        </message>
        <message>
            <source>8 slow slides</source>
            <comment>levels[1].dose</comment>
            <translation>8 انزلاقات بطيئة</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>10 slow slides</source>
            <comment>levels[2].dose</comment>
            <translation>10 انزلاقات بطيئة</translation>
        </message>
        <message>
            <source>More slides, reaching higher if it stays comfortable.</source>
            <comment>levels[2].how</comment>
            <translation>انزلاقات أكثر، مع الوصول أعلى ما دام ذلك مريحًا.</translation>
        </message>
    </context>
    <context>
        <name>exercise:wrist-extensor-stretch</name>
        <message>
            <source>Wrist stretch, back of the forearm</source>
            <comment>name</comment>
            <translation>إطالة الرسغ، ظاهر الساعد</translation>
        </message>
        <message>
            <source>Stretches the top of the forearm, the muscles that hold your hands up to type.</source>
            <comment>summary</comment>
            <translation>تمدِّد أعلى الساعد، العضلات التي تُبقي يديك مرفوعتين للكتابة.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>dose</comment>
            <translation>15 ثانية لكل ذراع</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: holds of about 15 s.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: ثبات نحو 15 ثانية.</translation>
        </message>
        <message>
            <source>Carpal tunnel or tendon pain flaring up? Stretch very lightly, or skip this one.</source>
            <comment>cautions[0]</comment>
            <translation>يشتدّ عليك ألم النفق الرسغي أو الأوتار؟ مدِّد بخفة شديدة، أو تخطَّ هذا التمرين.</translation>
        </message>
        <message>
            <source>Hold one arm out in front at shoulder height, elbow straight, palm down.</source>
            <comment>steps[0].text</comment>
            <translation>مُدَّ ذراعًا أمامك بمستوى الكتف، والمرفق مستقيم، وراحة اليد إلى الأسفل.</translation>
        </message>
        <message>
            <source>With your other hand, ease the back of the hand down until you feel a mild stretch.</source>
            <comment>steps[1].text</comment>
            <translation>باليد الأخرى، اضغط ظاهر اليد برفق إلى الأسفل حتى تشعر بتمدُّد خفيف.</translation>
        </message>
        <message>
            <source>Let go slowly, switch arms and stretch the other side for 15 s.</source>
            <comment>steps[2].text</comment>
            <translation>أفلِتها ببطء، وبدِّل الذراعين ومدِّد الجانب الآخر 15 ثانية.</translation>
        </message>
        <message>
            <source>10 s each arm</source>
            <comment>levels[0].dose</comment>
            <translation>10 ثوانٍ لكل ذراع</translation>
        </message>
        <message>
            <source>Shorter, gentler holds with the elbow soft.</source>
            <comment>levels[0].how</comment>
            <translation>ثبات أقصر وألطف، والمرفق مرتخٍ.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>levels[1].dose</comment>
            <translation>15 ثانية لكل ذراع</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>30 s each arm</source>
            <comment>levels[2].dose</comment>
            <translation>30 ثانية لكل ذراع</translation>
        </message>
        <message>
            <source>Longer holds on each arm.</source>
            <comment>levels[2].how</comment>
            <translation>ثبات أطول على كل ذراع.</translation>
        </message>
    </context>
    <context>
        <name>exercise:wrist-flexor-stretch</name>
        <message>
            <source>Wrist stretch, palm side</source>
            <comment>name</comment>
            <translation>إطالة الرسغ، جهة راحة اليد</translation>
        </message>
        <message>
            <source>Stretches the underside of the forearm, which works hard when you grip a mouse.</source>
            <comment>summary</comment>
            <translation>تمدِّد باطن الساعد، الذي يعمل بجهد عندما تمسك الفأرة.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>dose</comment>
            <translation>15 ثانية لكل ذراع</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: holds of about 15 s.</source>
            <comment>dose_basis</comment>
            <translation>ضمن ما توصي به أدلة التمارين التي يستند إليها DeskCoach: ثبات نحو 15 ثانية.</translation>
        </message>
        <message>
            <source>Carpal tunnel or tendon pain flaring up? Stretch very lightly, or skip this one.</source>
            <comment>cautions[0]</comment>
            <translation>يشتدّ عليك ألم النفق الرسغي أو الأوتار؟ مدِّد بخفة شديدة، أو تخطَّ هذا التمرين.</translation>
        </message>
        <message>
            <source>Hold one arm out in front at shoulder height, elbow straight.</source>
            <comment>steps[0].text</comment>
            <translation>مُدَّ ذراعًا أمامك بمستوى الكتف، والمرفق مستقيم.</translation>
        </message>
        <message>
            <source>Point the fingers up and use the other hand to ease them back toward you. Hold.</source>
            <comment>steps[1].text</comment>
            <translation>وجِّه الأصابع إلى الأعلى واستخدم اليد الأخرى لتعيدها برفق نحوك. اثبت.</translation>
        </message>
        <message>
            <source>Let go slowly, switch arms and stretch the other side for 15 s.</source>
            <comment>steps[2].text</comment>
            <translation>أفلِتها ببطء، وبدِّل الذراعين ومدِّد الجانب الآخر 15 ثانية.</translation>
        </message>
        <message>
            <source>10 s each arm</source>
            <comment>levels[0].dose</comment>
            <translation>10 ثوانٍ لكل ذراع</translation>
        </message>
        <message>
            <source>Shorter, gentler holds with the elbow soft.</source>
            <comment>levels[0].how</comment>
            <translation>ثبات أقصر وألطف، والمرفق مرتخٍ.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>levels[1].dose</comment>
            <translation>15 ثانية لكل ذراع</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>كما في الخطوات.</translation>
        </message>
        <message>
            <source>30 s each arm</source>
            <comment>levels[2].dose</comment>
            <translation>30 ثانية لكل ذراع</translation>
        </message>
        <message>
            <source>Longer holds on each arm.</source>
            <comment>levels[2].how</comment>
            <translation>ثبات أطول على كل ذراع.</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:chair</name>
        <message>
            <source>Chair</source>
            <comment>title</comment>
            <translation>الكرسي</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:desk</name>
        <message>
            <source>Desk</source>
            <comment>title</comment>
            <translation>المكتب</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:screen</name>
        <message>
            <source>Screen</source>
            <comment>title</comment>
            <translation>الشاشة</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:keyboard_mouse</name>
        <message>
            <source>Keyboard and mouse</source>
            <comment>title</comment>
            <translation>لوحة المفاتيح والفأرة</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:laptop</name>
        <message>
            <source>Laptop</source>
            <comment>title</comment>
            <translation>الحاسوب المحمول</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:environment</name>
        <message>
            <source>Light, air and space</source>
            <comment>title</comment>
            <translation>الإضاءة والهواء والمساحة</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:habits</name>
        <message>
            <source>Habits</source>
            <comment>title</comment>
            <translation>العادات</translation>
        </message>
    </context>
    <context>
        <name>checklist:C1</name>
        <message>
            <source>Are your feet flat on the floor (or a footrest), with your thighs about level?</source>
            <comment>question</comment>
            <translation>هل قدماك مستويتان على الأرض (أو على مسند للقدمين)، وفخذاك في وضع أفقي تقريبًا؟</translation>
        </message>
        <message>
            <source>At the right seat height your weight rests evenly and the seat edge doesn't press into your thighs.</source>
            <comment>why</comment>
            <translation>عندما يكون المقعد بالارتفاع المناسب يتوزع وزنك بالتساوي ولا تضغط حافته على فخذيك.</translation>
        </message>
        <message>
            <source>Raise or lower the seat until your thighs are level; if your feet then dangle, add a footrest or a sturdy box.</source>
            <comment>fix</comment>
            <translation>ارفع المقعد أو اخفضه حتى يصبح فخذاك أفقيين؛ وإذا تدلّت قدماك عندئذ، فأضف مسندًا للقدمين أو صندوقًا متينًا.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C2</name>
        <message>
            <source>Does the backrest fit into the curve of your lower back?</source>
            <comment>question</comment>
            <translation>هل يلائم مسند الظهر انحناءة أسفل ظهرك؟</translation>
        </message>
        <message>
            <source>With support in the small of your back, sitting upright takes no effort.</source>
            <comment>why</comment>
            <translation>مع دعم أسفل الظهر، لا يتطلب الجلوس المستقيم أي جهد.</translation>
        </message>
        <message>
            <source>Move the backrest or its lumbar pad to belt height (15-25 cm above the seat); a rolled towel works too.</source>
            <comment>fix</comment>
            <translation>حرِّك مسند الظهر أو دعامته القطنية إلى مستوى الحزام (15-25 سم فوق المقعد)؛ وتفي منشفة ملفوفة بالغرض أيضًا.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C3</name>
        <message>
            <source>Sitting back, can you fit 2-3 fingers between the seat's front edge and the backs of your knees?</source>
            <comment>question</comment>
            <translation>وأنت جالس إلى الخلف، هل يتسع ما بين حافة المقعد الأمامية وخلف ركبتيك لـ 2-3 أصابع؟</translation>
        </message>
        <message>
            <source>A seat that is too deep presses behind your knees or pushes you forward, away from the backrest.</source>
            <comment>why</comment>
            <translation>المقعد العميق أكثر من اللازم يضغط خلف ركبتيك أو يدفعك إلى الأمام بعيدًا عن مسند الظهر.</translation>
        </message>
        <message>
            <source>Slide the seat back if it adjusts; if not, put a firm cushion behind your back to bring you forward.</source>
            <comment>fix</comment>
            <translation>أرجِع المقعد إلى الخلف إن كان قابلًا للضبط؛ وإلا فضع وسادة متماسكة خلف ظهرك لتتقدم إلى الأمام.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C4</name>
        <message>
            <source>Do the armrests let you sit close to the desk with your shoulders relaxed?</source>
            <comment>question</comment>
            <translation>هل تتيح لك مساند الذراعين الجلوس قريبًا من المكتب وكتفاك مرتخيتان؟</translation>
        </message>
        <message>
            <source>High armrests hitch your shoulders up, and armrests that bump the desk keep you from sitting close.</source>
            <comment>why</comment>
            <translation>مساند الذراعين العالية ترفع كتفيك، والمساند التي تصطدم بالمكتب تمنعك من الجلوس قريبًا منه.</translation>
        </message>
        <message>
            <source>Lower the armrests or swing them out of the way; if they don't adjust, ask whether they can come off.</source>
            <comment>fix</comment>
            <translation>اخفض مساند الذراعين أو أبعِدها جانبًا؛ وإن لم تكن قابلة للضبط، فاسأل إن كان يمكن نزعها.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C5</name>
        <message>
            <source>Is your chair steady and in good repair, and do you know what each of its levers does?</source>
            <comment>question</comment>
            <translation>هل كرسيك ثابت وسليم، وهل تعرف عمل كل ذراع تحكم فيه؟</translation>
        </message>
        <message>
            <source>A chair only fits you if it works and you know how to adjust it.</source>
            <comment>why</comment>
            <translation>لا يلائمك الكرسي إلا إذا كان يعمل وكنت تعرف كيف تضبطه.</translation>
        </message>
        <message>
            <source>Report broken or wobbly parts for repair; ask for a quick demo of the levers, or look up the chair's model.</source>
            <comment>fix</comment>
            <translation>أبلِغ عن الأجزاء المكسورة أو المهتزة لإصلاحها؛ واطلب عرضًا سريعًا لأذرع التحكم، أو ابحث عن طراز الكرسي.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C6</name>
        <message>
            <source>Do you sit right back in the seat, with the backrest upright or tilted back slightly?</source>
            <comment>question</comment>
            <translation>هل تجلس في عمق المقعد، ومسند الظهر قائم أو مائل إلى الخلف قليلًا؟</translation>
        </message>
        <message>
            <source>Leaning on a backrest set a little past upright takes load off your lower back; perching forward takes it all.</source>
            <comment>why</comment>
            <translation>الاستناد إلى مسند ظهر مائل قليلًا إلى الخلف يخفف الحمل عن أسفل ظهرك؛ أما الجلوس على الحافة فيُلقي الحمل كله عليه.</translation>
        </message>
        <message>
            <source>Slide your hips to the back of the seat and set the backrest just past upright (about 100-110 degrees).</source>
            <comment>fix</comment>
            <translation>أرجِع وركيك إلى مؤخرة المقعد واضبط مسند الظهر مائلًا قليلًا إلى الخلف (نحو 100-110 درجات).</translation>
        </message>
    </context>
    <context>
        <name>checklist:D1</name>
        <message>
            <source>Is there clear room under the desk for your thighs, knees and feet?</source>
            <comment>question</comment>
            <translation>هل تحت المكتب مساحة خالية كافية لفخذيك وركبتيك وقدميك؟</translation>
        </message>
        <message>
            <source>Boxes or drawers under the desk make you sit twisted or perched away from it.</source>
            <comment>why</comment>
            <translation>الصناديق أو الأدراج تحت المكتب تجعلك تجلس ملتويًا أو على الحافة بعيدًا عنه.</translation>
        </message>
        <message>
            <source>Store things elsewhere; if your knees touch the underside, raise the desk, or lower the seat and add a footrest.</source>
            <comment>fix</comment>
            <translation>خزِّن الأشياء في مكان آخر؛ وإذا لامست ركبتاك أسفل سطح المكتب، فارفع المكتب، أو اخفض المقعد وأضف مسندًا للقدمين.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D2</name>
        <message>
            <source>Is the desk big enough to lay out your screen, keyboard and papers without squeezing?</source>
            <comment>question</comment>
            <translation>هل المكتب واسع بما يكفي لترتيب شاشتك ولوحة المفاتيح والأوراق من دون ازدحام؟</translation>
        </message>
        <message>
            <source>On a crowded desk the screen ends up too close and the keyboard off to one side.</source>
            <comment>why</comment>
            <translation>على مكتب مزدحم ينتهي الأمر بالشاشة قريبة أكثر من اللازم وبلوحة المفاتيح منحرفة إلى جانب.</translation>
        </message>
        <message>
            <source>Clear off what you don't use daily and push the screen further back; ask for a bigger desk if it still won't fit.</source>
            <comment>fix</comment>
            <translation>أزِل ما لا تستخدمه يوميًا وادفع الشاشة إلى الخلف؛ واطلب مكتبًا أكبر إن بقي المكان لا يتسع.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D3</name>
        <message>
            <source>Can you reach the things you use often (phone, notes, mouse) without stretching?</source>
            <comment>question</comment>
            <translation>هل تصل إلى الأشياء التي تستخدمها كثيرًا (الهاتف، الملاحظات، الفأرة) من دون أن تمدّ جسمك؟</translation>
        </message>
        <message>
            <source>Stretching out for the same things many times a day tires your shoulders and back.</source>
            <comment>why</comment>
            <translation>مدّ الجسم للوصول إلى الأشياء نفسها مرات كثيرة في اليوم يُتعب كتفيك وظهرك.</translation>
        </message>
        <message>
            <source>Keep what you use daily within a forearm's reach and move the rarely used things further out.</source>
            <comment>fix</comment>
            <translation>أبقِ ما تستخدمه يوميًا في متناول ساعدك، وأبعِد الأشياء النادرة الاستخدام.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D4</name>
        <message>
            <source>If you have a sit-stand desk, do you switch between sitting and standing through the day?</source>
            <comment>question</comment>
            <translation>إذا كان لديك مكتب قابل للتعديل بين الجلوس والوقوف، فهل تبدِّل بين الجلوس والوقوف خلال اليوم؟</translation>
        </message>
        <message>
            <source>A sit-stand desk only helps when you actually change position; either posture held all day is tiring.</source>
            <comment>why</comment>
            <translation>المكتب القابل للتعديل لا يفيد إلا إذا غيَّرت وضعيتك فعلًا؛ فأي وضعية تدوم طوال اليوم متعبة.</translation>
        </message>
        <message>
            <source>Swap about every 30 minutes to start with; a DeskCoach break is a handy moment to change.</source>
            <comment>fix</comment>
            <translation>بدِّل كل 30 دقيقة تقريبًا في البداية؛ واستراحة DeskCoach لحظة مناسبة للتبديل.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D5</name>
        <message>
            <source>When you stand to work, are the desk and screen set for standing, and your feet comfortable?</source>
            <comment>question</comment>
            <translation>عندما تعمل واقفًا، هل المكتب والشاشة مضبوطان للوقوف، وقدماك مرتاحتان؟</translation>
        </message>
        <message>
            <source>A standing desk left at sitting height, or hard floor in thin shoes, soon makes standing a strain.</source>
            <comment>why</comment>
            <translation>مكتب الوقوف الذي يبقى بارتفاع الجلوس، أو الأرضية الصلبة مع حذاء رقيق، يجعل الوقوف سريعًا مُجهدًا.</translation>
        </message>
        <message>
            <source>Raise the desk until your forearms are level with it and the screen with it; wear supportive shoes or stand on a mat.</source>
            <comment>fix</comment>
            <translation>ارفع المكتب حتى يصبح بمستوى ساعديك، وارفع الشاشة معه؛ والبس حذاءً داعمًا أو قف على حصيرة.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D6</name>
        <message>
            <source>At home or at a shared desk, do you set the chair, desk and screen to fit you before you start?</source>
            <comment>question</comment>
            <translation>في البيت أو على مكتب مشترك، هل تضبط الكرسي والمكتب والشاشة لتناسبك قبل أن تبدأ؟</translation>
        </message>
        <message>
            <source>A desk set up for someone else, or a kitchen table, fits you only by chance.</source>
            <comment>why</comment>
            <translation>المكتب المضبوط لشخص آخر، أو طاولة المطبخ، لا يناسبك إلا مصادفة.</translation>
        </message>
        <message>
            <source>Take two minutes at the start: seat height, backrest, screen height and distance, keyboard; this checklist is the list.</source>
            <comment>fix</comment>
            <translation>خصِّص دقيقتين في البداية: ارتفاع المقعد، ومسند الظهر، وارتفاع الشاشة وبُعدها، ولوحة المفاتيح؛ وقائمة التحقق هذه هي القائمة.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S1</name>
        <message>
            <source>Is the top of the screen at or slightly below eye level (lower if you wear bifocals)?</source>
            <comment>question</comment>
            <translation>هل أعلى الشاشة بمستوى عينيك أو أدنى منه قليلًا (وأدنى من ذلك إذا كنت تضع نظارة ثنائية البؤرة)؟</translation>
        </message>
        <message>
            <source>A screen set too high tips your head back; one set too low pulls it forward and down.</source>
            <comment>why</comment>
            <translation>الشاشة المرتفعة أكثر من اللازم تميل برأسك إلى الخلف؛ والمنخفضة أكثر من اللازم تشدّه إلى الأمام والأسفل.</translation>
        </message>
        <message>
            <source>Raise the screen on a riser, monitor arm or books until the top line meets your eyes; bifocal wearers, go lower.</source>
            <comment>fix</comment>
            <translation>ارفع الشاشة على حامل أو ذراع شاشة أو كتب حتى يصبح السطر العلوي بمستوى عينيك؛ ومن يضع نظارة ثنائية البؤرة يخفضها أكثر.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S2</name>
        <message>
            <source>Is the screen at least an arm's length away, with text you can read without leaning in?</source>
            <comment>question</comment>
            <translation>هل تبعد الشاشة طول ذراع على الأقل، ونصُّها مقروء دون أن تميل نحوها؟</translation>
        </message>
        <message>
            <source>Too close and your eyes work hard to focus; too far and you lean forward to read.</source>
            <comment>why</comment>
            <translation>إذا كانت قريبة جدًا تجهد عيناك في التركيز، وإذا كانت بعيدة جدًا تميل إلى الأمام لتقرأ.</translation>
        </message>
        <message>
            <source>Put it at least an arm's length away (about 50 cm or more; farther for a big screen), then enlarge the text if needed.</source>
            <comment>fix</comment>
            <translation>ضعها على بعد طول ذراع على الأقل (نحو 50 سم أو أكثر؛ وأبعد للشاشة الكبيرة)، ثم كبِّر النص إذا لزم.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S3</name>
        <message>
            <source>Is the screen you use most straight in front of you, so you don't turn your head to see it?</source>
            <comment>question</comment>
            <translation>هل الشاشة التي تستخدمها أكثر من غيرها أمامك مباشرة، فلا تدير رأسك لتراها؟</translation>
        </message>
        <message>
            <source>Looking off to one side for hours keeps your neck twisted.</source>
            <comment>why</comment>
            <translation>النظر إلى جانب واحد ساعات طويلة يُبقي رقبتك ملتوية.</translation>
        </message>
        <message>
            <source>Centre your main screen behind the keyboard; with two screens used equally, put the gap between them in the middle.</source>
            <comment>fix</comment>
            <translation>ضع شاشتك الرئيسية في الوسط خلف لوحة المفاتيح؛ ومع شاشتين تستخدمهما بالتساوي، اجعل الفاصل بينهما في الوسط.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S4</name>
        <message>
            <source>Can you read the screen without bright patches or mirror images of lights and windows on it?</source>
            <comment>question</comment>
            <translation>هل تستطيع قراءة الشاشة من دون بقع ساطعة أو انعكاسات للأضواء والنوافذ عليها؟</translation>
        </message>
        <message>
            <source>Light bouncing off the screen fades the text, and you end up squinting or ducking your head around it.</source>
            <comment>why</comment>
            <translation>الضوء المنعكس عن الشاشة يُبهت النص، فتجد نفسك تضيِّق عينيك أو تحني رأسك لتتفاداه.</translation>
        </message>
        <message>
            <source>Set the screen side-on to windows, draw the blinds when the sun is low, and tip the screen until the lamps vanish from it.</source>
            <comment>fix</comment>
            <translation>ضع الشاشة بحيث يكون جانبها نحو النوافذ، وأسدِل الستائر عندما تكون الشمس منخفضة، وأمِل الشاشة حتى تختفي منها انعكاسات المصابيح.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S5</name>
        <message>
            <source>Are brightness and contrast comfortable, and is the picture steady, without flicker?</source>
            <comment>question</comment>
            <translation>هل السطوع والتباين مريحان، والصورة ثابتة بلا وميض؟</translation>
        </message>
        <message>
            <source>A dim, glaring or flickering picture makes reading hard work.</source>
            <comment>why</comment>
            <translation>الصورة الخافتة أو المبهرة أو الوامضة تجعل القراءة عملًا شاقًا.</translation>
        </message>
        <message>
            <source>Match the screen's brightness to the room in the display settings; report flicker that the settings don't cure.</source>
            <comment>fix</comment>
            <translation>طابِق سطوع الشاشة مع إضاءة الغرفة من إعدادات العرض؛ وأبلِغ عن الوميض الذي لا تعالجه الإعدادات.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S6</name>
        <message>
            <source>If you type from papers, are they held up near the screen rather than flat on the desk?</source>
            <comment>question</comment>
            <translation>إذا كنت تكتب من أوراق، فهل هي مرفوعة قرب الشاشة بدلًا من أن تكون مسطحة على المكتب؟</translation>
        </message>
        <message>
            <source>Looking down at papers and up at the screen again and again keeps your neck bobbing.</source>
            <comment>why</comment>
            <translation>النظر إلى الأوراق في الأسفل ثم إلى الشاشة في الأعلى مرة بعد مرة يُبقي رقبتك تتأرجح.</translation>
        </message>
        <message>
            <source>Put a document holder beside the screen, or between the keyboard and the screen, at about screen height.</source>
            <comment>fix</comment>
            <translation>ضع حامل مستندات بجانب الشاشة، أو بين لوحة المفاتيح والشاشة، بمستوى الشاشة تقريبًا.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K1</name>
        <message>
            <source>When you type, are your elbows at about a right angle, shoulders relaxed and wrists straight?</source>
            <comment>question</comment>
            <translation>عندما تكتب، هل مرفقاك بزاوية قائمة تقريبًا، وكتفاك مرتخيتان، ورسغاك مستقيمان؟</translation>
        </message>
        <message>
            <source>With the keys at elbow height your shoulders can drop and your wrists stay straight.</source>
            <comment>why</comment>
            <translation>عندما تكون المفاتيح بمستوى المرفقين تنخفض كتفاك ويبقى رسغاك مستقيمين.</translation>
        </message>
        <message>
            <source>Adjust the chair until your forearms are level with the keys (add a footrest if needed) and fold the keyboard's feet flat.</source>
            <comment>fix</comment>
            <translation>اضبط الكرسي حتى يصبح ساعداك بمستوى المفاتيح (وأضف مسندًا للقدمين إذا لزم)، واطوِ أرجل لوحة المفاتيح.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K2</name>
        <message>
            <source>Is there room in front of the keyboard to rest your hands when you pause?</source>
            <comment>question</comment>
            <translation>هل أمام لوحة المفاتيح مساحة تريح عليها يديك عندما تتوقف؟</translation>
        </message>
        <message>
            <source>A place to rest your hands lets your arms relax instead of hovering over the keys.</source>
            <comment>why</comment>
            <translation>وجود مكان تريح عليه يديك يتيح لذراعيك الاسترخاء بدل أن تبقيا معلقتين فوق المفاتيح.</translation>
        </message>
        <message>
            <source>Move the keyboard back from the desk edge so your hands and wrists have room in front of it.</source>
            <comment>fix</comment>
            <translation>أرجِع لوحة المفاتيح عن حافة المكتب لتكون أمامها مساحة ليديك ورسغيك.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K3</name>
        <message>
            <source>Is your mouse right next to the keyboard, at the same height?</source>
            <comment>question</comment>
            <translation>هل الفأرة بجوار لوحة المفاتيح مباشرة، وعلى الارتفاع نفسه؟</translation>
        </message>
        <message>
            <source>A mouse out at the side or on a higher shelf keeps your arm reaching away from your body.</source>
            <comment>why</comment>
            <translation>الفأرة البعيدة على الجانب أو الموضوعة على رف أعلى تُبقي ذراعك ممدودة بعيدًا عن جسمك.</translation>
        </message>
        <message>
            <source>Bring the mouse in close; a keyboard without a number pad shortens the reach, or try mousing with the other hand.</source>
            <comment>fix</comment>
            <translation>قرِّب الفأرة؛ فلوحة مفاتيح بلا لوحة أرقام تقصِّر المسافة، أو جرِّب استخدام الفأرة باليد الأخرى.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K4</name>
        <message>
            <source>Does your mouse fit your hand, with the pointer moving at a speed that feels right?</source>
            <comment>question</comment>
            <translation>هل تناسب الفأرة يدك، ويتحرك المؤشر بسرعة تشعر أنها مناسبة؟</translation>
        </message>
        <message>
            <source>An awkward mouse or a sluggish pointer makes you grip harder and move your arm more.</source>
            <comment>why</comment>
            <translation>الفأرة غير المريحة أو المؤشر البطيء يجعلانك تقبض بقوة أكبر وتحرِّك ذراعك أكثر.</translation>
        </message>
        <message>
            <source>Set the pointer speed in the mouse settings; if it still feels wrong, ask to try another mouse or a trackball.</source>
            <comment>fix</comment>
            <translation>اضبط سرعة المؤشر من إعدادات الفأرة؛ وإن بقيت غير مناسبة، فاطلب تجربة فأرة أخرى أو كرة تتبُّع.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K5</name>
        <message>
            <source>Is the keyboard centred in front of you, with the B key roughly in line with your navel?</source>
            <comment>question</comment>
            <translation>هل لوحة المفاتيح في المنتصف أمامك، ومفتاح B على خط واحد تقريبًا مع سُرَّتك؟</translation>
        </message>
        <message>
            <source>Typing on a keyboard pushed off to one side keeps your arms and upper back turned all day.</source>
            <comment>why</comment>
            <translation>الكتابة على لوحة مفاتيح مزاحة إلى جانب تُبقي ذراعيك وأعلى ظهرك ملتفَّة طوال اليوم.</translation>
        </message>
        <message>
            <source>Slide the keyboard so its letter keys (not the whole board) sit in front of you; the B key lines up with your navel.</source>
            <comment>fix</comment>
            <translation>حرِّك لوحة المفاتيح حتى تكون مفاتيح الحروف (لا اللوحة كلها) أمامك؛ فيكون مفتاح B بمحاذاة سُرَّتك.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K6</name>
        <message>
            <source>If you have a wrist or palm rest, do you lean on it only while pausing, not while typing?</source>
            <comment>question</comment>
            <translation>إذا كان لديك مسند للرسغ أو لراحة اليد، فهل تستند إليه في فترات التوقف فقط، لا أثناء الكتابة؟</translation>
        </message>
        <message>
            <source>Pressing your wrists on a rest while you type bends them and presses on the tissues inside.</source>
            <comment>why</comment>
            <translation>ضغط رسغيك على المسند أثناء الكتابة يثنيهما ويضغط على الأنسجة داخلهما.</translation>
        </message>
        <message>
            <source>Let your hands float over the keys as you type and rest the heels of your hands on the rest only in pauses.</source>
            <comment>fix</comment>
            <translation>دع يديك تطفوان فوق المفاتيح أثناء الكتابة، وأرِح أسفل راحتيك على المسند في فترات التوقف فقط.</translation>
        </message>
    </context>
    <context>
        <name>checklist:L1</name>
        <message>
            <source>For longer spells on the laptop, do you use a separate keyboard and mouse, with its screen raised?</source>
            <comment>question</comment>
            <translation>عند العمل فترات أطول على الحاسوب المحمول، هل تستخدم لوحة مفاتيح وفأرة منفصلتين، مع رفع شاشته؟</translation>
        </message>
        <message>
            <source>On a laptop the screen and keys are joined, so one of them is always at the wrong height.</source>
            <comment>why</comment>
            <translation>في الحاسوب المحمول تتصل الشاشة بالمفاتيح، فيكون أحدهما دائمًا على ارتفاع غير مناسب.</translation>
        </message>
        <message>
            <source>Raise the laptop on a stand so the screen is at eye level and plug in a keyboard and mouse, or use a dock and monitor.</source>
            <comment>fix</comment>
            <translation>ارفع الحاسوب المحمول على حامل لتكون الشاشة بمستوى عينيك، وصِل لوحة مفاتيح وفأرة، أو استخدم قاعدة توصيل وشاشة.</translation>
        </message>
    </context>
    <context>
        <name>checklist:E1</name>
        <message>
            <source>Is there enough light to read papers easily, without it glaring on the screen?</source>
            <comment>question</comment>
            <translation>هل الإضاءة كافية لقراءة الأوراق بسهولة، من دون أن تسبب وهجًا على الشاشة؟</translation>
        </message>
        <message>
            <source>Too little light makes you lean in; too much, or in the wrong place, bounces off screen and paper.</source>
            <comment>why</comment>
            <translation>الإضاءة القليلة تجعلك تميل إلى الأمام؛ والكثيرة، أو التي في غير موضعها، تنعكس عن الشاشة والورق.</translation>
        </message>
        <message>
            <source>Add a desk lamp aimed at your papers, not the screen, or move out from under a bright ceiling light.</source>
            <comment>fix</comment>
            <translation>أضف مصباح مكتب موجَّهًا إلى أوراقك لا إلى الشاشة، أو ابتعد عن موضع تحت ضوء سقف ساطع.</translation>
        </message>
    </context>
    <context>
        <name>checklist:E2</name>
        <message>
            <source>Are the noise, temperature and air (not too dry or stuffy) comfortable where you work?</source>
            <comment>question</comment>
            <translation>هل الضوضاء ودرجة الحرارة والهواء (غير الجاف جدًا أو الخانق) مريحة حيث تعمل؟</translation>
        </message>
        <message>
            <source>A noisy, stuffy, hot or cold room wears down your comfort and concentration over a day.</source>
            <comment>why</comment>
            <translation>الغرفة الصاخبة أو الخانقة أو الحارة أو الباردة تستنزف راحتك وتركيزك على مدار اليوم.</translation>
        </message>
        <message>
            <source>Tell facilities what bothers you and when it happens; meanwhile a fan, an extra layer or headphones can help.</source>
            <comment>fix</comment>
            <translation>أخبِر إدارة المرافق بما يزعجك ومتى يحدث؛ وفي الأثناء قد تساعد مروحة أو طبقة ملابس إضافية أو سماعات.</translation>
        </message>
    </context>
    <context>
        <name>checklist:E3</name>
        <message>
            <source>Is there room around your chair to shift position, stand up and stretch?</source>
            <comment>question</comment>
            <translation>هل حول كرسيك مساحة لتغيير وضعيتك والوقوف والتمدد؟</translation>
        </message>
        <message>
            <source>Moving often is easy only when there is space to do it.</source>
            <comment>why</comment>
            <translation>الحركة المتكررة سهلة فقط عندما تتوفر مساحة لها.</translation>
        </message>
        <message>
            <source>Clear the floor around your chair and rearrange the furniture; ask facilities if the space is simply too small.</source>
            <comment>fix</comment>
            <translation>أخلِ الأرضية حول كرسيك وأعِد ترتيب الأثاث؛ واسأل إدارة المرافق إذا كانت المساحة ببساطة صغيرة جدًا.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H1</name>
        <message>
            <source>Do you break up screen work at least once an hour with a short pause or an off-screen task?</source>
            <comment>question</comment>
            <translation>هل تقطع العمل على الشاشة مرة في الساعة على الأقل باستراحة قصيرة أو بمهمة بعيدة عن الشاشة؟</translation>
        </message>
        <message>
            <source>Short, frequent breaks suit screen work better than long, rare ones.</source>
            <comment>why</comment>
            <translation>الاستراحات القصيرة المتكررة تناسب العمل على الشاشة أكثر من الاستراحات الطويلة المتباعدة.</translation>
        </message>
        <message>
            <source>Turn on DeskCoach's breaks, and save calls, filing and printing for the gaps between screen spells.</source>
            <comment>fix</comment>
            <translation>فعِّل استراحات DeskCoach، واحتفظ بالمكالمات والأرشفة والطباعة للفواصل بين فترات العمل على الشاشة.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H2</name>
        <message>
            <source>Do you rest your eyes often, looking into the distance and blinking fully for a few seconds?</source>
            <comment>question</comment>
            <translation>هل تريح عينيك كثيرًا، بالنظر إلى البعيد والرمش الكامل بضع ثوانٍ؟</translation>
        </message>
        <message>
            <source>People blink less while reading a screen, and hours of close focus are tiring for the eyes.</source>
            <comment>why</comment>
            <translation>يرمش الناس أقل أثناء القراءة على الشاشة، وساعات التركيز القريب متعبة للعينين.</translation>
        </message>
        <message>
            <source>Every 20 minutes or so, look at something about 6 m (20 ft) away for 20 seconds and blink fully a few times.</source>
            <comment>fix</comment>
            <translation>كل 20 دقيقة تقريبًا، انظر إلى شيء يبعد نحو 6 م (20 قدمًا) مدة 20 ثانية وارمش بشكل كامل بضع مرات.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H3</name>
        <message>
            <source>Have you had an eye test recently?</source>
            <comment>question</comment>
            <translation>هل أجريت فحصًا للنظر مؤخرًا؟</translation>
        </message>
        <message>
            <source>Some people need glasses made for screen distance; an eye test is how to find out.</source>
            <comment>why</comment>
            <translation>يحتاج بعض الناس إلى نظارة مخصصة لمسافة الشاشة؛ وفحص النظر هو الطريقة لمعرفة ذلك.</translation>
        </message>
        <message>
            <source>Ask your manager or HR: in the UK and EU, employers arrange an eye test for screen users who ask for one.</source>
            <comment>fix</comment>
            <translation>اسأل مديرك أو قسم الموارد البشرية: في المملكة المتحدة والاتحاد الأوروبي، يرتِّب أصحاب العمل فحصًا للنظر لمستخدمي الشاشات الذين يطلبونه.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H4</name>
        <message>
            <source>Has someone shown you how to adjust your chair, desk and screen to fit you?</source>
            <comment>question</comment>
            <translation>هل أراك أحد كيف تضبط كرسيك ومكتبك وشاشتك لتناسبك؟</translation>
        </message>
        <message>
            <source>Adjustable furniture only helps if you know how to set it.</source>
            <comment>why</comment>
            <translation>الأثاث القابل للضبط لا يفيد إلا إذا كنت تعرف كيف تضبطه.</translation>
        </message>
        <message>
            <source>Ask your manager for a short workstation set-up session, or go through this checklist with each control in hand.</source>
            <comment>fix</comment>
            <translation>اطلب من مديرك جلسة قصيرة لتهيئة مكان العمل، أو راجع قائمة التحقق هذه وأنت تجرِّب كل أداة تحكم بيدك.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H5</name>
        <message>
            <source>Are you free of aches, tingling or eye strain that you put down to your work?</source>
            <comment>question</comment>
            <translation>هل أنت خالٍ من الآلام أو الوخز أو إجهاد العينين مما تعزوه إلى عملك؟</translation>
        </message>
        <message>
            <source>Discomfort that keeps coming back is worth raising early, while it is easy to act on.</source>
            <comment>why</comment>
            <translation>الانزعاج الذي يتكرر يستحق أن تتحدث عنه مبكرًا، ما دام التعامل معه سهلًا.</translation>
        </message>
        <message>
            <source>Tell your manager so your workstation can be looked at again, and see a health professional if it lasts.</source>
            <comment>fix</comment>
            <translation>أخبِر مديرك ليُعاد النظر في مكان عملك، وراجع مختصًا صحيًا إذا استمر.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H6</name>
        <message>
            <source>For long calls, do you use a headset rather than holding the phone between your ear and shoulder?</source>
            <comment>question</comment>
            <translation>في المكالمات الطويلة، هل تستخدم سماعة رأس بدلًا من إمساك الهاتف بين أذنك وكتفك؟</translation>
        </message>
        <message>
            <source>Clamping a phone with your shoulder holds your neck bent to one side for the whole call.</source>
            <comment>why</comment>
            <translation>إمساك الهاتف بالكتف يُبقي رقبتك مائلة إلى جانب واحد طوال المكالمة.</translation>
        </message>
        <message>
            <source>Use a headset or earphones for calls longer than a few minutes, or the speaker when you are on your own.</source>
            <comment>fix</comment>
            <translation>استخدم سماعة رأس أو سماعات أذن للمكالمات التي تتجاوز بضع دقائق، أو مكبر الصوت عندما تكون وحدك.</translation>
        </message>
    </context>
</TS>
