import { links, type TestPage } from './page-kit.js';
import { uaRegion } from './pages-heldout284-a2.js';
import { art, j } from './pages-heldout284-kit.js';

/**
 * Held-out batch 284, file a: a Russian news site's article on a Lenta-style template (topic-header rubric and time,
 * topic-body title and lead, title image with caption and credits, "Материалы по теме" inline box, author box at the end,
 * share bar, "Последние новости" rail, cookie strip, footer) and, from file a2, a Ukrainian regional news site on the
 * tagDiv Newspaper WordPress theme.
 */
const ruTitle = 'В Верхнеозёрске отменят половину вечерних электричек из-за ремонта моста через Сольву';
const ruLead = 'Пригородная компания обещает автобусы на время работ, пассажиры жалуются на пересадки';
const ruArt = art(
  [
    j(
      'Приозёрная пригородная компания с 1 апреля отменит девять из восемнадцати вечерних электричек между Верхнеозёрском и',
      'областным центром. Причиной названа реконструкция железнодорожного моста через реку Сольву, которая продлится до конца',
      'сентября. Об этом в четверг, 12 марта, сообщила пресс-служба перевозчика.',
    ),
    j(
      'По данным компании, во время работ по мосту сможет проходить только один поезд в час, а в окне с 19:00 до 23:00 движение',
      'будет полностью закрыто два раза в неделю. Поезда, которые сохранятся в расписании, будут ходить с интервалом около',
      'пятидесяти минут вместо прежних двадцати пяти.',
    ),
    { h: 'Что изменится для пассажиров' },
    j(
      'Вместо отменённых рейсов перевозчик пустит компенсационные автобусы от станции Сольвинская до вокзала Верхнеозёрска.',
      'Билеты на электричку будут действовать и в автобусе, доплачивать ничего не придётся. Время в пути, по расчётам компании,',
      'увеличится примерно на двадцать минут.',
    ),
    {
      ul: [
        'рейсы в 19:12, 19:48, 20:30 и 21:05 отменяются полностью;',
        'поезд в 22:40 будет следовать только до Сольвинской;',
        'утреннее расписание не меняется.',
      ],
    },
    j(
      'Пассажиры уже выразили недовольство в городских чатах. Многие жители ездят на работу в областной центр и возвращаются',
      'как раз вечерними поездами. «Пересадка с электрички на автобус в октябре ещё куда ни шло, но весной в половине девятого',
      'это лишний час дороги», — говорит инженер Глеб Сорокопуд, который пять лет ездит на работу по этой линии.',
    ),
    { h: 'Почему мост нельзя было отремонтировать раньше' },
    j(
      'Мост через Сольву построен в 1968 году и последний раз капитально ремонтировался в начале двухтысячных. В прошлом году',
      'обследование показало трещины в двух опорах, после чего скорость поездов на мосту ограничили до 25 километров в час.',
    ),
    j(
      'В областном министерстве транспорта объяснили, что деньги на ремонт выделили только в декабре, а подрядчика выбрали',
      'в феврале. Работы стоимостью 1,4 миллиарда рублей выполнит местная компания «Камамостстрой». По условиям контракта она',
      'заплатит штраф за каждый день задержки после 30 сентября.',
    ),
    j(
      'Депутат областного собрания Нина Вышеградская попросила перевозчика сохранить хотя бы последний поезд в 23:15 и',
      'добавить вагоны в утренние составы. В компании ответили, что рассмотрят предложение после первых двух недель работы',
      'по новому расписанию.',
    ),
  ],
  { p: ' class="topic-body__content-text"', h: 'h2 class="topic-body__content-subtitle"', li: ' class="topic-body__content-list-item"' },
);
const ruMenu = ['Главное', 'Россия', 'Мир', 'Экономика', 'Силовые структуры', 'Наука и техника', 'Культура', 'Спорт', 'Путешествия'];
const ruTopic = ['Жители пригородов пожаловались на переполненные утренние поезда', 'Областной бюджет на дороги вырос на треть'];
const ruLast = [
  'В Сольвинске открыли первый круглосуточный пункт выдачи лекарств',
  'Цены на гречку в регионе снизились впервые за год',
  'Хоккейный клуб «Озёрные волки» сменил главного тренера',
  'Синоптики пообещали оттепель в конце недели',
];
const ruFoot = ['О проекте', 'Реклама', 'Вакансии', 'Правила', 'Политика конфиденциальности', 'Контакты'];
const ruShare = ['ВКонтакте', 'Одноклассники', 'Телеграм', 'Скопировать ссылку'];
const ruHtml = `<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>${ruTitle}: Регионы: Россия: Лентопись.ру</title>
<meta name="description" content="${ruLead}"><meta property="og:title" content="${ruTitle}">
<meta property="og:type" content="article"><meta property="og:site_name" content="Лентопись.ру">
<meta property="article:published_time" content="2026-03-12T14:35:00+03:00"><link rel="canonical" href="https://lentopis.example/news/2026/03/12/most/">
<link rel="amphtml" href="https://lentopis.example/news/2026/03/12/most/amp/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ruTitle}",
"datePublished":"2026-03-12T14:35:00+03:00","author":[{"@type":"Person","name":"Арина Темникова"}],
"publisher":{"@type":"Organization","name":"Лентопись.ру"}}</script>
<script>window.__CONFIG__={"rubric":"regions","topicId":1822040,"adfox":{"ownerId":283911}};</script>
<link rel="stylesheet" href="https://icdn.lentopis.example/assets/webpack/css/application.css"></head>
<body class="body"><div class="layout js-layout">
<header class="header js-header"><div class="header__wrap"><a class="header__logo" href="/" aria-label="Лентопись.ру"></a>
<nav class="menu js-menu"><ul class="menu__nav-list">${links(ruMenu, 'menu__nav-item')}</ul></nav>
<div class="header__buttons"><a class="header__button _search" href="/search">Поиск</a><a class="header__button _login" href="/login">Войти</a></div>
</div></header>
<div class="adfox-banner _top"><div class="adfox-banner__label">Реклама</div><div id="adfox_16123"></div></div>
<main class="layout__main"><div class="topic-page js-topic"><div class="topic-page__container">
<div class="topic-body _news"><div class="topic-header _news"><div class="topic-header__rubric-time">
<a class="topic-header__item topic-header__rubric" href="/rubrics/russia/regions/">Регионы</a>
<a class="topic-header__item topic-header__time" href="/2026/03/12/">14:35, 12 марта 2026</a></div></div>
<h1 class="topic-body__titles"><span class="topic-body__title">${ruTitle}</span></h1>
<div class="topic-body__title-yandex">${ruLead}</div>
<div class="topic-body__title-image"><div class="picture _news"><picture><source srcset="https://icdn.lentopis.example/images/2026/03/12/most.webp">
<img class="picture__image" alt="Мост через Сольву" src="https://icdn.lentopis.example/images/2026/03/12/most.jpg"></picture></div>
<div class="topic-body__title-image-caption">Железнодорожный мост через Сольву у станции Сольвинская</div>
<div class="topic-body__title-image-credits">Фото: Пётр Лазурский / «Озёрный край»</div></div>
<div class="topic-body__content">
${ruArt.html}
<div class="box-inline-topic"><div class="box-inline-topic__title">Материалы по теме:</div>
<ul class="box-inline-topic__list">${links(ruTopic, 'box-inline-topic__item')}</ul></div>
</div>
<div class="topic-authors"><a class="topic-authors__author" href="/authors/temnikova/"><span class="topic-authors__name">Арина Темникова</span>
<span class="topic-authors__role">корреспондент отдела «Регионы»</span></a></div>
<div class="topic-footer"><div class="share _footer"><span class="share__title">Поделиться</span>
<ul class="share__list">${links(ruShare, 'share__item')}</ul></div></div>
</div></div>
<aside class="topic-page__sidebar"><section class="last-news"><h2 class="last-news__title">Последние новости</h2>
<ul class="last-news__list">${links(ruLast, 'last-news__item')}</ul><a class="last-news__more" href="/news/">Все новости</a></section>
<div class="adfox-banner _sidebar"><div class="adfox-banner__label">Реклама</div></div></aside>
</div></main>
<footer class="footer"><div class="footer__wrap"><ul class="footer__menu">${links(ruFoot, 'footer__menu-item')}</ul>
<p class="footer__copyright">© 2026 Лентопись.ру. Все права защищены. 18+</p>
<p class="footer__smi">Сетевое издание зарегистрировано в реестре СМИ под номером ЭЛ № ФС 00-00000.</p></div></footer>
<div class="cookie-banner js-cookie-banner"><p class="cookie-banner__text">Мы используем файлы cookie, чтобы сайт работал лучше.
Продолжая пользоваться сайтом, вы соглашаетесь с этим.</p><button class="cookie-banner__button">Понятно</button></div>
</div><script src="https://icdn.lentopis.example/assets/webpack/js/application.js" defer></script></body></html>`;
const ruNews: TestPage = {
  name: 'heldout284-lentopis-lenta-style-news',
  kind: 'news',
  html: ruHtml,
  title: ruTitle,
  headings: ruArt.headings,
  body: [ruLead, ...ruArt.body],
  bylines: ['14:35, 12 марта 2026', 'Арина Темникова'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ruMenu, 'Поиск', 'Войти', 'Реклама', 'Регионы', 'Железнодорожный мост через Сольву у станции Сольвинская',
    'Фото: Пётр Лазурский / «Озёрный край»', 'Материалы по теме:', ...ruTopic, 'корреспондент отдела «Регионы»', 'Поделиться', ...ruShare,
    'Последние новости', ...ruLast, 'Все новости', ...ruFoot, '© 2026 Лентопись.ру. Все права защищены. 18+',
    'Сетевое издание зарегистрировано в реестре СМИ под номером ЭЛ № ФС 00-00000.',
    'Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим.', 'Понятно',
  ],
};

export const HELDOUT284_A: readonly TestPage[] = [ruNews, uaRegion];
