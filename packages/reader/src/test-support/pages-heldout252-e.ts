import { links, ps, type TestPage, texts } from './page-kit.js';
import { viNews } from './pages-heldout252-e2.js';
import { j } from './pages-heldout252-kit.js';

/**
 * Held-out batch 252, file e: an Arabic news site article, right to left, on an Al Jazeera Net-style template (dir="rtl",
 * the site header with its menu, the topics line above the h1, the "نُشر في" date with its screen-reader label, the lead
 * image with caption, share bar, the wysiwyg body with h2 sub-heads and an "اقرأ أيضا" box, the "المصدر" source line,
 * "المزيد من" related items, the newsletter box and the footer) and, from file e2, a Vietnamese news site article.
 */
const aTitle = 'مدينة الواحة تفتتح أول سوق مغطى للمزارعين بعد ثلاث سنوات من الانتظار';
const aP1 = [
  j(
    'افتتحت بلدية مدينة الواحة صباح اليوم الأربعاء أول سوق مغطى مخصص للمزارعين المحليين، بعد ثلاث سنوات من التأجيل بسبب خلافات',
    'على الموقع والتمويل. ويضم السوق 120 محلا صغيرا يبيع فيها المزارعون الخضار والتمور والألبان مباشرة إلى المستهلكين.',
  ),
  j(
    'وقال رئيس البلدية سامر الحداد في كلمة خلال الافتتاح إن السوق يهدف إلى "تقصير الطريق بين الحقل والمائدة"، مشيرا إلى أن',
    'المزارعين كانوا يضطرون إلى بيع محاصيلهم للتجار بأسعار منخفضة لعدم وجود مكان مناسب للبيع المباشر.',
  ),
];
const aH = ['أسعار أقل ودخل أفضل', 'مخاوف التجار', 'خطط للتوسع'];
const aP2 = [
  j(
    'ووفق دراسة أعدتها غرفة الزراعة في المدينة، فإن البيع المباشر قد يرفع دخل المزارع الصغير بنسبة تصل إلى 30%، في حين',
    'تنخفض الأسعار على المستهلك بنحو 15% مقارنة بأسعار محلات التجزئة.',
  ),
  j(
    'وقالت المزارعة أم خالد، التي تبيع الأجبان البلدية في أحد المحلات، إنها كانت تقطع أكثر من 40 كيلومترا كل أسبوع لبيع',
    'إنتاجها في سوق المدينة القديم على الرصيف. وأضافت "هنا لدينا سقف وماء وكهرباء، وهذا يكفي لنحفظ الجبن طازجا طوال النهار".',
  ),
];
const aP3 = [
  j(
    'في المقابل، أبدى عدد من تجار الجملة قلقهم من تأثير السوق الجديد على أعمالهم. وقال أحدهم إن "المنافسة مشروعة، لكن على',
    'البلدية أن تضمن أن البائعين في السوق مزارعون فعلا وليسوا تجارا يتخفون وراءهم".',
  ),
  j('وردت البلدية بأن كل بائع يجب أن يقدم شهادة من الجمعية الزراعية تثبت ملكيته أو استئجاره لأرض زراعية، وأن لجنة خاصة', 'ستراجع هذه الشهادات كل ستة أشهر.'),
];
const aP4 = [
  j(
    'وتخطط البلدية لافتتاح سوقين مماثلين في الحيين الشمالي والشرقي خلال العامين المقبلين، إذا أثبتت التجربة الأولى نجاحها.',
    'كما تدرس تخصيص أيام للأسر المنتجة التي تصنع المربيات والمخللات في منازلها.',
  ),
  j(
    'ويرى خبراء في شؤون الزراعة والتسويق أن نجاح السوق سيعتمد على قدرته على جذب الزبائن من خارج الحي، وعلى توفير مواقف كافية ومظلات للانتظار',
    'للسيارات ووسائل نقل عام تصل إليه. كما يقترحون ربط السوق بمنصة إلكترونية تتيح للمستهلكين حجز طلباتهم مسبقا.',
  ),
  'وسيفتح السوق أبوابه يوميا من السادسة صباحا حتى الثانية ظهرا، باستثناء يوم الجمعة حيث يفتح بعد الصلاة حتى المساء.',
  'ويمكن للزوار الدفع نقدا أو بالبطاقات المصرفية في جميع المحلات.',
];
const aMore = 'اقرأ أيضا';
const aMoreList = ['ارتفاع أسعار الأعلاف يهدد مربي الماشية في الجنوب', 'موسم التمور: إنتاج وفير وأسعار متراجعة'];
const aNav = ['الرئيسية', 'أخبار', 'سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'تكنولوجيا', 'منوعات'];
const aRel = ['الأمطار الأخيرة تنعش المراعي في البادية', 'مبادرة شبابية لتوصيل الخضار إلى المنازل', 'البلدية تطلق تطبيقا للإبلاغ عن الأعطال'];
const aHtml = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${aTitle} | الواحة نت</title>
<meta name="description" content="افتتحت بلدية مدينة الواحة صباح اليوم الأربعاء أول سوق مغطى مخصص للمزارعين المحليين">
<meta property="og:locale" content="ar_AR"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}",
"datePublished":"2026-03-04T09:05:00Z"}</script>
<script>window.__INITIAL_STATE__={"post":{"id":"3114502","type":"post"}};</script></head>
<body><div id="root"><div class="site-header"><a class="site-header__logo" href="/">الواحة نت</a>
<nav class="site-header__navigation" aria-label="القائمة الرئيسية"><ul class="menu">${links(aNav, 'menu__item')}</ul></nav>
<a href="/live" class="site-header__live">البث المباشر</a></div>
<main id="main-content-area" class="container container--article"><header class="article-header">
<div class="topics"><a href="/economy/" class="topics-link">اقتصاد</a> | <a href="/news/" class="topics-link">أخبار</a></div><h1>${aTitle}</h1></header>
<div class="article-info-block"><div class="article-dates"><div class="date-simple"><span class="screen-reader-text">نُشر في</span>
<span aria-hidden="true">4/3/2026</span></div><div class="date-simple__update">آخر تحديث: 4/3/2026 12:40 م (توقيت مكة)</div></div>
<div class="article-share"><span class="article-share__label">شارك</span><button>فيسبوك</button><button>إكس</button><button>واتساب</button>
<button>نسخ الرابط</button></div></div>
<figure class="article-featured-image"><img src="/wp-content/uploads/2026/03/souk.jpg" alt="">
<figcaption>المزارعون يعرضون منتجاتهم في السوق المغطى الجديد (الواحة نت)</figcaption></figure>
<div class="wysiwyg wysiwyg--all-content">${ps(aP1)}
<div class="more-on"><h3 class="more-on__heading">${aMore}</h3><ul>${links(aMoreList, 'more-on__item')}</ul></div>
<h2>${aH[0]}</h2>${ps(aP2)}<h2>${aH[1]}</h2>${ps(aP3)}<h2>${aH[2]}</h2>${ps(aP4)}</div>
<div class="article-source">المصدر : الواحة نت + مواقع التواصل</div>
<section class="more-articles"><h2 class="more-articles__title">المزيد من اقتصاد</h2><ul>${links(aRel)}</ul></section>
<div class="newsletter-box"><h3>النشرة البريدية</h3><p>اشترك في النشرة البريدية لتصلك أهم الأخبار كل صباح</p>
<input type="email" placeholder="البريد الإلكتروني"><button>اشترك الآن</button></div></main>
<footer class="site-footer"><ul>${links(['من نحن', 'اتصل بنا', 'سياسة الخصوصية', 'شروط الاستخدام'])}</ul>
<p>© 2026 الواحة نت. جميع الحقوق محفوظة</p></footer></div></body></html>`;
const arabic: TestPage = {
  name: 'heldout252-aljazeera-style-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([...aP1, ...aP2, ...aP3, ...aP4]),
  bylines: ['نُشر في', '4/3/2026', 'آخر تحديث: 4/3/2026 12:40 م (توقيت مكة)', 'المصدر : الواحة نت + مواقع التواصل'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'الواحة نت', ...aNav, 'البث المباشر', 'شارك', 'فيسبوك', 'واتساب', 'نسخ الرابط', 'المزارعون يعرضون منتجاتهم في السوق المغطى الجديد (الواحة نت)',
    aMore, ...aMoreList, 'المزيد من اقتصاد', ...aRel, 'النشرة البريدية', 'اشترك في النشرة البريدية لتصلك أهم الأخبار كل صباح', 'اشترك الآن',
    'من نحن', 'اتصل بنا', 'سياسة الخصوصية', 'شروط الاستخدام', '© 2026 الواحة نت. جميع الحقوق محفوظة',
  ],
};

export const HELDOUT252_E: readonly TestPage[] = [arabic, viNews];
