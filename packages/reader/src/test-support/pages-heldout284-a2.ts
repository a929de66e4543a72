import { links, type TestPage } from './page-kit.js';
import { art, j } from './pages-heldout284-kit.js';

/**
 * Held-out batch 284, file a2: a Ukrainian regional news site on the tagDiv Newspaper WordPress theme (top bar with date and
 * weather, td-header menu, breadcrumbs, td-post-header with category, author and date, views counter, share buttons at the
 * top and bottom, featured image with caption, "Читайте також" inline link, tags, related posts block, WordPress comments
 * with the reply form, sidebar with popular posts and a Viber/Telegram subscribe box, GDPR cookie notice, footer).
 */
const uaTitle = 'У Зеленобережжі на пів року закриють Старий міст: як їздитимуть маршрутки';
const uaArt = art(
  [
    j(
      'Виконавчий комітет Зеленобережної міської ради у вівторок погодив капітальний ремонт Старого мосту через річку Ясенку.',
      'Рух транспорту мостом буде повністю перекрито з 20 квітня до кінця жовтня. Пішоходам залишать вузький прохід уздовж',
      'східного тротуару, але лише до початку робіт із заміни балок.',
    ),
    j(
      'Міст збудували 1959 року, і за шість десятиліть його жодного разу не ремонтували повністю. Торік під час обстеження',
      'фахівці знайшли оголену арматуру в трьох прогонах і рекомендували обмежити рух вантажівок. Відтоді масою понад',
      'десять тонн мостом їздити заборонено.',
    ),
    { h: 'Нові маршрути громадського транспорту' },
    j(
      'Найбільше закриття мосту торкнеться мешканців Заріччя, які щодня їздять до центру. Департамент транспорту підготував',
      'тимчасову схему руху, за якою маршрутки прямуватимуть через Новий міст на вулиці Садовій.',
    ),
    {
      ul: [
        'маршрут № 3 їздитиме через вулицю Садову та Новий міст, дорога подовжиться приблизно на 2,5 кілометра;',
        'маршрут № 7 тимчасово скасують, замість нього з’явиться маршрут № 7А від ринку до лікарні;',
        'маршрут № 12 курсуватиме частіше, з інтервалом 10 хвилин у години пік.',
      ],
    },
    j('Вартість проїзду не зміниться. Перевізники попросили компенсацію за довший шлях, і це питання розглянуть на найближчій', 'сесії міської ради.'),
    { h: 'Скільки коштуватиме ремонт' },
    j(
      'Кошторис робіт становить 86 мільйонів гривень. Більшу частину грошей дає державний дорожній фонд, решту — міський',
      'бюджет. Підрядника, компанію «Ясенбуд», обрали на відкритих торгах через систему публічних закупівель.',
    ),
    {
      q: j('Ми розуміємо, що пів року незручностей — це багато. Але альтернатива — одного дня закрити міст через аварійний стан,', 'без жодної підготовки.'),
      by: '— заступник міського голови Олексій Гнатюк',
    },
    j(
      'Підприємці з вулиці Мостової побоюються, що кав’ярні та магазини біля мосту втратять відвідувачів. Міська рада обіцяє',
      'на час ремонту звільнити їх від плати за розміщення літніх майданчиків.',
    ),
    { h: 'Що кажуть мешканці' },
    j(
      'Жителі Заріччя зібрали понад шістсот підписів під зверненням із проханням залишити для пішоходів прохід на весь час',
      'ремонту. Вони пояснюють, що до школи та поліклініки з їхнього берега найближче саме Старим мостом, а обхід через',
      'вулицю Садову займає близько сорока хвилин.',
    ),
    j(
      'У департаменті будівництва відповіли, що повністю відмовитися від перекриття неможливо, але обіцяють запустити',
      'безкоштовний шкільний автобус від Заріччя до ліцею № 2. Остаточний графік робіт підрядник має оприлюднити до 1 квітня.',
    ),
  ],
  { h: 'h3' },
);
const uaMenu = ['Головна', 'Новини', 'Місто', 'Суспільство', 'Кримінал', 'Спорт', 'Афіша', 'Контакти'];
const uaCrumbs = ['Головна', 'Новини', 'Місто'];
const uaRelated = ['На Садовій облаштують нову зупинку', 'Ремонт дороги на Заріччя завершать у травні', 'Як працюватиме ринок у святкові дні'];
const uaPopular = ['У парку над Ясенкою висадили двісті лип', 'Міська лікарня отримала новий рентген-апарат', 'Рятувальники нагадали правила на воді'];
const uaTags = ['ремонт мостів', 'маршрутки Зеленобережжя', 'транспортна схема'];
const uaFoot = ['Про нас', 'Реклама на сайті', 'Політика конфіденційності', 'Редакційна політика'];
const uaCmt = (id: number, who: string, when: string, text: string): string => `<li class="comment" id="li-comment-${id}">
<article><footer><img alt="" src="https://secure.gravatar.example/avatar/${id}?s=50" class="avatar avatar-50" height="50" width="50">
<cite><a href="#" rel="external nofollow ugc" class="url">${who}</a></cite>
<a class="comment-link" href="#comment-${id}"><time datetime="2026-03-11T09:12:00+02:00">${when}</time></a></footer>
<div class="comment-content"><p>${text}</p></div>
<div class="comment-meta" id="comment-${id}"><a rel="nofollow" class="comment-reply-link" href="#respond">Відповісти</a></div></article></li>`;
const uaC1 = 'А про велосипедистів знову забули. Через Новий міст їхати небезпечно, там немає навіть узбіччя.';
const uaC2 = 'Головне, щоб ремонт не затягнувся до зими, як було з вулицею Шкільною.';
const share = (cls: string): string => `<div class="td-post-sharing ${cls}"><div class="td-post-sharing-visible">
<a class="td-social-sharing-button td-social-facebook" href="#"><span class="td-social-but-text">Facebook</span></a>
<a class="td-social-sharing-button td-social-telegram" href="#"><span class="td-social-but-text">Telegram</span></a>
<a class="td-social-sharing-button td-social-viber" href="#"><span class="td-social-but-text">Viber</span></a></div></div>`;
const uaHtml = `<!doctype html>
<html lang="uk"><head><meta charset="UTF-8"><title>${uaTitle} | Ясенка.інфо</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:locale" content="uk_UA">
<meta property="og:type" content="article"><meta property="og:title" content="${uaTitle}">
<meta property="article:section" content="Місто"><meta property="article:published_time" content="2026-03-10T17:40:12+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
"headline":"${uaTitle}","datePublished":"2026-03-10T17:40:12+00:00","author":{"name":"Мирослава Дячук"},"inLanguage":"uk"}]}</script>
<link rel="stylesheet" id="td-theme-css" href="https://yasenka.example/wp-content/themes/Newspaper/style.css?ver=12.6.3" media="all">
<script>var tdBlocksArray = []; var td_ajax_url="https://yasenka.example/wp-admin/admin-ajax.php?td_theme_name=Newspaper&v=12.6.3";</script></head>
<body class="post-template-default single single-post postid-48213 single-format-standard td-standard-pack global-block-template-1">
<div class="td-scroll-up"></div><div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap"><div class="td-header-top-menu">
<div class="td_data_time">Середа, 11 Березня, 2026</div><div class="td-weather-top-widget"><span class="td-weather-now">+6 °C</span>
<span class="td-weather-city">Зеленобережжя</span></div></div></div>
<div class="td-header-menu-wrap-full"><div id="td-header-menu" role="navigation"><div class="menu-td-demo-header-menu-container">
<ul id="menu-td-demo-header-menu-1" class="sf-menu">${links(uaMenu, 'menu-item menu-item-type-taxonomy')}</ul></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container">
<div class="entry-crumbs">${uaCrumbs.map((c) => `<span><a class="entry-crumb" href="/">${c}</a></span> <i class="td-icon-right td-bread-sep"></i>`).join('\n')}
</div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-thumbnail category-misto">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/misto/">Місто</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${uaTitle}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Автор</div> <a href="/author/dyachuk/">Мирослава Дячук</a>
<div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-03-10T17:40:12+00:00">10.03.2026</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-48213">1247</span></div>
<div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>2</a></div></div></header></div>
${share('td-post-sharing-top')}
<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure>
<a href="/wp-content/uploads/2026/03/staryi-mist.jpg" data-caption="Старий міст через Ясенку. Фото: Ясенка.інфо"><img width="696" height="464"
class="entry-thumb td-modal-image" src="/wp-content/uploads/2026/03/staryi-mist-696x464.jpg" alt=""></a>
<figcaption class="wp-caption-text">Старий міст через Ясенку. Фото: Ясенка.інфо</figcaption></figure></div>
${uaArt.html}
<p><strong>Читайте також:</strong> <a href="/news/zupynka-sadova/">На Садовій облаштують нову зупинку</a></p>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>ТЕГИ</span></li>
${links(uaTags)}</ul></div>
${share('td-post-sharing-bottom')}
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a href="#" class="td-related-left td-cur-simple-item">СХОЖІ СТАТТІ</a>
<a href="#" class="td-related-right">Більше від автора</a></h4><div class="td_block_inner">
${uaRelated
  .map(
    (t) => `<div class="td-related-span4"><div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/">${t}</a>
</h3></div></div>`,
  )
  .join('\n')}
</div></div></footer></article>
<div class="comments" id="comments"><div class="td-comments-title-wrap"><h4 class="block-title"><span>2 КОМЕНТАРІ</span></h4></div>
<ol class="comment-list">${uaCmt(901, 'Тарас В.', '11.03.2026 в 09:12', uaC1)}
${uaCmt(902, 'Леся', '11.03.2026 в 10:47', uaC2)}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ЗАЛИШИТИ КОМЕНТАР</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div>
<div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Коментар:" id="comment" name="comment"></textarea></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Опублікувати коментар"></p></form></div></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_7"><h4 class="block-title"><span class="td-pulldown-size">ПОПУЛЯРНЕ</span></h4>
<div class="td_block_inner">${uaPopular.map((t) => `<div class="td_module_6"><h3 class="entry-title"><a href="/">${t}</a></h3></div>`).join('\n')}</div></div>
<div class="td_block_wrap tdm_block_inline_text"><p>Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини Зеленобережжя</p>
<a class="tds-button" href="https://t.me/yasenka">Підписатися</a></div></div></div></div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-footer-bottom-full"><ul class="footer-menu">${links(uaFoot, 'menu-item')}</ul>
<div class="td-pb-span12"><aside class="footer-text-wrap"><div class="block-title"><span>ПРО НАС</span></div>
Ясенка.інфо — незалежне інтернет-видання Зеленобережної громади.</aside></div></div>
<div class="td-sub-footer-container"><div class="td-pb-span5 td-sub-footer-copy">© 2026 Ясенка.інфо. Усі права захищені.</div></div></div>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>Ми використовуємо файли cookie для аналітики та показу реклами.
<a role="button" id="cookie_action_close_header" class="cli_action_button">Прийняти</a>
<a role="button" class="cli_settings_button">Налаштування</a></span></div>
<script type="text/javascript" src="https://yasenka.example/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.3"></script>
</body></html>`;
export const uaRegion: TestPage = {
  name: 'heldout284-yasenka-newspaper-theme-news',
  kind: 'news',
  html: uaHtml,
  title: uaTitle,
  headings: uaArt.headings,
  body: uaArt.body,
  bylines: ['Мирослава Дячук', '10.03.2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Середа, 11 Березня, 2026', '+6 °C', ...uaMenu, 'Місто', 'Автор', '1247', 'Facebook', 'Telegram', 'Viber',
    'Старий міст через Ясенку. Фото: Ясенка.інфо', 'Читайте також:', 'ТЕГИ', ...uaTags, 'СХОЖІ СТАТТІ', 'Більше від автора', ...uaRelated,
    '2 КОМЕНТАРІ', 'Тарас В.', '11.03.2026 в 09:12', uaC1, 'Відповісти', 'Леся', '11.03.2026 в 10:47', uaC2, 'ЗАЛИШИТИ КОМЕНТАР',
    'ПОПУЛЯРНЕ', ...uaPopular, 'Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини Зеленобережжя', 'Підписатися', ...uaFoot,
    'ПРО НАС', 'Ясенка.інфо — незалежне інтернет-видання Зеленобережної громади.', '© 2026 Ясенка.інфо. Усі права захищені.',
    'Ми використовуємо файли cookie для аналітики та показу реклами.', 'Прийняти', 'Налаштування',
  ],
};
