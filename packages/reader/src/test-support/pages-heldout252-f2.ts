import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout252-kit.js';

/**
 * Held-out batch 252, file f2: a Hebrew news site article, right to left, on a Ynet-style React template (dir="rtl", the
 * header with its menu, the ArticleHeaderComponent with mainTitle h1 and subTitle, the authors line, the DateDisplay with
 * "פורסם:" / "עודכן:", share buttons, the image credit, the ArticleBodyComponent whose paragraphs are text_editor_paragraph
 * divs with data-text spans, an inline "כתבות נוספות" box, the Telegram channel call, talkbacks and the footer).
 */
const yTitle = 'רכבת העמק תוסיף נסיעות לילה בסופי שבוע החל מאפריל';
const ySub = 'אחרי שנים של דרישות מצד תושבי הצפון: שלוש נסיעות נוספות בלילות חמישי ושבת בין עין נטף לתחנה המרכזית, במחיר כרטיס רגיל';
const yP = [
  j(
    'חברת הרכבת הודיעה היום (רביעי) כי החל מהשבוע הראשון של אפריל יופעלו שלוש נסיעות לילה נוספות בקו העמק בימי חמישי ובמוצאי',
    'שבת. הנסיעה האחרונה תצא מהתחנה המרכזית בשעה 01:30 ותגיע לעין נטף כעבור כשעה.',
  ),
  j(
    'ההחלטה התקבלה לאחר פניות חוזרות של ראשי המועצות באזור, שטענו כי צעירים רבים נאלצים לנסוע ברכב פרטי או לוותר על יציאה',
    'בערב, משום שהרכבת האחרונה יוצאת לפני חצות. לדבריהם, המצב פוגע במיוחד בחיילים ובסטודנטים.',
  ),
  j(
    'ראש המועצה האזורית, מיכל אבירם, בירכה על ההחלטה ואמרה כי "זה צעד קטן שמשנה הרבה. צעיר מהעמק צריך לדעת שהוא יכול',
    'לחזור הביתה בבטחה גם אחרי הופעה או משמרת ערב".',
  ),
  j(
    'לפי נתוני החברה, בשנה האחרונה עלה מספר הנוסעים בקו ב-22 אחוזים, ובסופי שבוע נרשמה צפיפות בנסיעות הערב. בחברה מעריכים כי',
    'כל נסיעת לילה תשמש כ-200 נוסעים.',
  ),
  j(
    'עם זאת, ארגון צרכנים אזורי מתח ביקורת על כך שהנסיעות החדשות לא יעצרו בכל התחנות. לטענתו, תושבי היישובים הקטנים ימשיכו',
    'להיות תלויים בהסעות ובמוניות כדי להגיע לתחנה. מהחברה נמסר כי הנושא ייבחן מחדש לאחר שלושה חודשי הפעלה.',
  ),
  j(
    'במקביל, החברה מתכננת לשדרג את התאורה ואת מערך האבטחה בתחנות הקטנות, כדי שנוסעים שיורדים בשעות המאוחרות ירגישו בטוחים.',
    'העבודות צפויות להסתיים עד תחילת הקיץ.',
  ),
  j(
    'נהגי מוניות באזור הגיבו בחשדנות להודעה. לדבריהם, בלילות סוף השבוע הם מסיעים בעיקר צעירים מהתחנה ליישובים, ונסיעות הרכבת',
    'הנוספות דווקא עשויות להגדיל את הביקוש לשירות שלהם. "מי שמגיע ברכבת באחת וחצי בלילה צריך איך להגיע הביתה", אמר אחד הנהגים.',
  ),
  j(
    'גם בעלי עסקים בעיר הגדולה מרוצים מהצעד. בעלת בר במרכז העיר סיפרה כי לקוחות רבים מהעמק נהגו לעזוב לפני חצות כדי לתפוס את',
    'הרכבת האחרונה, וכי היא מקווה שעכשיו יישארו עוד שעה או שעתיים.',
  ),
  j(
    'לוח הזמנים המלא של הנסיעות החדשות יפורסם באתר החברה ובאפליקציה בשבוע הבא. הכרטיסים יתומחרו לפי התעריף הרגיל, ויהיה',
    'ניתן לשלם בכרטיס הנסיעה החכם או באפליקציית התשלום.',
  ),
];
const yNav = ['חדשות', 'כלכלה', 'ספורט', 'תרבות', 'בריאות', 'דיגיטל', 'צפון', 'דעות'];
const yMore = ['עבודות תשתית בקו העמק: שיבושים בסוף השבוע', 'תחנת רכבת חדשה תיפתח ביוקנעם בשנה הבאה'];
const yTalk = ['סוף סוף! עכשיו רק שיעצרו גם בתחנות הקטנות', 'מקווה שזה לא רק לתקופת ניסיון'];
const para = (t: string) => `<div class="text_editor_paragraph rtl" data-offset-key="x"><span data-text="true">${t}</span></div>`;
const yHtml = `<!DOCTYPE html><html lang="he" dir="rtl"><head><meta charset="utf-8"><title>${yTitle} | חדשות הגליל</title>
<meta name="description" content="${ySub}"><meta property="og:type" content="article"><meta property="og:locale" content="he_IL">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${yTitle}","datePublished":"2026-03-04T13:20:00+02:00",
"author":[{"@type":"Person","name":"נועה ברק"}]}</script><script>window.YITSiteWidgets=window.YITSiteWidgets||[];</script></head>
<body><div id="app"><header class="headerComponent"><a href="/" class="logo">חדשות הגליל</a><nav class="mainNav"><ul>${links(yNav)}</ul></nav>
<a href="/login" class="login">התחברות</a></header>
<main class="mainContent"><div class="ArticleHeaderComponent"><h1 class="mainTitle">${yTitle}</h1><h2 class="subTitle">${ySub}</h2>
<div class="authors"><span class="authorName">נועה ברק</span></div>
<div class="dateWrap"><span class="DateDisplay"><time datetime="2026-03-04T13:20:00+02:00">פורסם: 04.03.26, 13:20</time></span>
<span class="DateDisplay updated"><time datetime="2026-03-04T15:02:00+02:00">עודכן: 04.03.26, 15:02</time></span></div>
<div class="ShareButtons"><button>שיתוף בפייסבוק</button><button>שיתוף בוואטסאפ</button><button>העתקת קישור</button><a href="#talkbacks">תגובות</a></div></div>
<div class="imageComponent"><img src="/PicServer/2026/03/04/train.jpg" alt=""><span class="imageCredit">צילום: אורי לוי</span>
<span class="imageCaption">רכבת בתחנת עין נטף</span></div>
<div class="ArticleBodyComponent">${yP.slice(0, 3).map(para).join('')}
<div class="inlineMoreArticles"><span class="title">כתבות נוספות</span><ul>${links(yMore)}</ul></div>
${yP.slice(3).map(para).join('')}</div>
<div class="telegramCall">הצטרפו לערוץ הטלגרם של חדשות הגליל</div>
<section id="talkbacks" class="TalkbacksComponent"><h3>תגובות</h3><button>הוספת תגובה</button><ol>${yTalk
  .map(
    (t, i) => `<li class="talkback">
<span class="tbIndex">${i + 1}.</span><span class="tbTitle">${t}</span><span class="tbAuthor">${i === 0 ? 'דני, עפולה' : 'שירה'}</span></li>`,
  )
  .join('')}</ol></section></main>
<footer class="footerComponent"><ul>${links(['אודות', 'צור קשר', 'מדיניות פרטיות', 'תנאי שימוש', 'נגישות'])}</ul>
<p>© כל הזכויות שמורות לחדשות הגליל 2026</p></footer></div></body></html>`;
export const heNews: TestPage = {
  name: 'heldout252-ynet-style-news',
  kind: 'news',
  html: yHtml,
  title: yTitle,
  headings: [],
  body: texts([ySub, ...yP]),
  bylines: ['נועה ברק', 'פורסם: 04.03.26, 13:20', 'עודכן: 04.03.26, 15:02'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'חדשות הגליל', ...yNav.filter((t) => t !== 'חדשות' && t !== 'צפון'), 'התחברות',
    'שיתוף בפייסבוק', 'שיתוף בוואטסאפ', 'העתקת קישור', 'תגובות', 'צילום: אורי לוי', 'רכבת בתחנת עין נטף',
    'כתבות נוספות', ...yMore, 'הצטרפו לערוץ הטלגרם של חדשות הגליל', 'הוספת תגובה', ...yTalk, 'דני, עפולה', 'שירה', 'אודות', 'צור קשר',
    'מדיניות פרטיות', 'תנאי שימוש', 'נגישות', '© כל הזכויות שמורות לחדשות הגליל 2026',
  ],
};
