import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout358-kit.js';

/**
 * Held-out batch 358, file b2: a snow day closure notice on an Apptegy-style district site rendered by Nuxt (the whole page
 * inside #__nuxt with data-v attributes, the emergency alert strip, the app header with the schools picker and menu, the
 * short article with its posted date, the "Live Feed" rail of other posts, the app download promo and the footer), a page
 * whose main text is short.
 */
const sTitle = 'All Schools Closed Thursday, January 22, Due to Winter Storm';
const sBody = [
  j(
    'Due to heavy snowfall overnight and freezing rain expected through the afternoon, all Kettle Ridge Public Schools buildings will',
    'be closed on Thursday, January 22. This is a traditional snow day, not a remote learning day, and students do not need to log in.',
  ),
  j(
    'Road crews have told us that many rural bus routes north of Highway 9 are not safe to travel, and several of our parking lots',
    'could not be cleared in time for a safe arrival.',
  ),
];
const sList = [
  'All before- and after-school activities, practices and the Kids Club program are cancelled.',
  'The Thursday evening school board work session will move to Monday, January 26.',
  'Essential facilities staff should report as directed by their supervisor.',
];
const sEnd = [
  j(
    'This day will be made up on Friday, March 13, which was previously a teacher planning day. We will share any update about Friday',
    'by 5:30 a.m. through the app, text message and local media. Please stay warm and safe.',
  ),
];
const sAlert = 'Emergency Closure: No school Thursday, January 22.';
const sMenu = ['District', 'Our Schools', 'Departments', 'Families', 'Athletics', 'Live Feed'];
const sFeed: readonly (readonly [string, string])[] = [
  ['Two-Hour Delay Procedures Explained', '2 days ago'],
  ['Winter Concert Photos From the Middle School', '5 days ago'],
  ['Semester Grades Post January 30', '1 week ago'],
];
const v = 'data-v-5d2a1c3e';
const sHtml = `<!doctype html><html lang="en" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22en%22%7D%7D"><head>
<title>All Schools Closed Thursday, January 22, Due to Winter Storm | Kettle Ridge Public Schools</title>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="All Schools Closed Thursday, January 22, Due to Winter Storm">
<meta data-n-head="ssr" data-hid="description" name="description" content="Kettle Ridge Public Schools are closed Thursday due to a winter storm.">
<link rel="preload" href="/_nuxt/app.3f1c9a2.js" as="script"><link rel="stylesheet" href="/_nuxt/css/4b7e2d1.css"></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div ${v} class="app-wrapper theme-blue">
<div ${v} class="alert-banner emergency" role="alert"><span ${v} class="alert-banner__text">${sAlert}</span>
<a ${v} class="alert-banner__more" href="#">Read more</a></div>
<header ${v} class="app-header"><a ${v} class="skip-link" href="#main">Skip to Content</a>
<a ${v} class="app-header__logo nuxt-link-active" href="/"><span ${v}>Kettle Ridge Public Schools</span></a>
<button ${v} class="school-picker">Select a School</button>
<nav ${v} class="app-nav"><ul ${v}>${links(sMenu, 'app-nav__item')}</ul></nav>
<button ${v} class="app-header__translate">Translate</button><button ${v} class="app-header__search" aria-label="Search"></button></header>
<main ${v} id="main" class="page-content"><div data-v-91ac0b22 class="article-detail">
<div data-v-91ac0b22 class="article-detail__header"><h1 data-v-91ac0b22 class="article-detail__title">${sTitle}</h1>
<p data-v-91ac0b22 class="article-detail__date">January 21, 2026</p></div>
<div data-v-91ac0b22 class="article-detail__image"><img data-v-91ac0b22 src="https://thrillshare-cmsv2.example/cms/snow.jpg" alt="Snow-covered school sign">
<span data-v-91ac0b22 class="article-detail__caption">The sign outside Kettle Ridge High School on Wednesday night.</span></div>
<div data-v-91ac0b22 class="article-detail__body fr-view">${ps(sBody)}<ul>${lis(sList)}</ul>${ps(sEnd)}</div>
<div data-v-91ac0b22 class="article-detail__share"><span data-v-91ac0b22>Share:</span><a data-v-91ac0b22 href="#">Facebook</a>
<a data-v-91ac0b22 href="#">Copy link</a></div></div>
<aside data-v-30e7f6aa class="live-feed-rail"><h2 data-v-30e7f6aa class="live-feed-rail__title">Live Feed</h2><ul data-v-30e7f6aa>
${sFeed
  .map(
    (f) => `<li data-v-30e7f6aa class="feed-item"><a data-v-30e7f6aa href="#" class="feed-item__title">${f[0]}</a>
<span data-v-30e7f6aa class="feed-item__time">${f[1]}</span></li>`,
  )
  .join('\n')}
</ul><a data-v-30e7f6aa class="live-feed-rail__all" href="/live-feed">See all posts</a></aside></main>
<section ${v} class="app-promo"><h2 ${v}>Get the Kettle Ridge app</h2><p ${v}>Download the app for instant closure alerts, menus and calendars.</p>
<a ${v} href="#">App Store</a><a ${v} href="#">Google Play</a></section>
<footer ${v} class="app-footer"><p ${v}>Kettle Ridge Public Schools</p><p ${v}>400 Birch Street, Kettle Ridge, MN 56999</p>
<p ${v}>Phone: 218-555-0140</p><a ${v} href="/accessibility">Accessibility</a><a ${v} href="/nondiscrimination">Non-Discrimination</a>
<p ${v} class="app-footer__powered">Powered by Apptegy</p></footer></div></div></div>
<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{article:{id:88412,title:"All Schools Closed",published:a}}],serverRendered:b}}
("2026-01-21T21:04:00Z",true));</script><script src="/_nuxt/app.3f1c9a2.js" defer></script></body></html>`;
export const apptegySnow: TestPage = {
  name: 'heldout358-apptegy-nuxt-snow-day-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([...sBody, ...sList, ...sEnd]),
  bylines: ['January 21, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    sAlert, 'Read more', 'Skip to Content', 'Select a School', ...sMenu, 'Translate', 'The sign outside Kettle Ridge High School on Wednesday night.',
    'Share:', 'Facebook', 'Copy link', ...sFeed.flat(), 'See all posts', 'Get the Kettle Ridge app',
    'Download the app for instant closure alerts, menus and calendars.', 'App Store', 'Google Play', '400 Birch Street, Kettle Ridge, MN 56999',
    'Phone: 218-555-0140', 'Accessibility', 'Non-Discrimination', 'Powered by Apptegy',
  ],
};
