import type { TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render } from './pages-heldout478-kit.js';

/**
 * Held-out batch 478, file f: a church plant's "Plan your visit" page on Webflow (sections, rich text, a visit form with its
 * hidden success and error messages), and a missions blog post on a Next.js (App Router, Tailwind) church site.
 */
const vTitle = 'Plan your visit';
const vLead = 'New to Eastgate? We would love to meet you. Here is everything you need to know before your first Sunday.';
const vBlocks: Block[] = [
  { h: 'When and where' },
  j(
    'We meet every Sunday at 10:00 am in the auditorium of Harlow Park Middle School, 1550 Kestrel Avenue. Doors open at 9:30,',
    'and there is coffee and something to eat in the lobby before and after.',
  ),
  { h: 'What to expect' },
  j(
    'Our gatherings last about 75 minutes. We sing together, pray, read Scripture and hear a message from the Bible, and we share',
    'communion on the first Sunday of each month. Dress is casual: jeans are fine.',
  ),
  { h: 'What about my kids?' },
  j(
    'Eastgate Kids meets during the service for children from birth through fifth grade. Check in at the kids table by the',
    'east doors; every volunteer has passed a background check, and you will get a pickup tag that matches your child’s.',
  ),
  { h: 'Where do I park?' },
  'Park in the school’s main lot off Kestrel Avenue. Spaces next to the front doors are kept for guests and families with strollers.',
];
const vNav = ['About', 'Sundays', 'Kids', 'Groups', 'Give'];
const vHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Sat Jan 09 2027 21:14:07 GMT+0000
(Coordinated Universal Time) -->
<html data-wf-domain="www.eastgate.church" data-wf-page="6599a1c2f0e4d21b7c8e4a13" data-wf-site="6599a1c2f0e4d21b7c8e49f0" lang="en"><head><meta
charset="utf-8">
<title>Plan your visit | Eastgate Church</title><meta content="Service times, kids and parking for your first Sunday at Eastgate Church." name="description">
<meta content="Plan your visit | Eastgate Church" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport"><meta
content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/6599a1c2f0e4d21b7c8e49f0/css/eastgate.webflow.4b2a7c1e9.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
</head><body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img
src="https://assets-global.website-files.com/6599a1c2f0e4d21b7c8e49f0/eastgate-logo.svg" loading="lazy" alt="Eastgate Church" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${vNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="/plan-your-visit" aria-current="page" class="nav-button w-button w--current">Plan your visit</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-visit"><div class="w-layout-blockcontainer container-medium w-container"><div class="eyebrow">Sundays at 10 am</div>
<h1 class="heading-xl">${vTitle}</h1><p class="paragraph-large">${vLead}</p></div></section>
<section class="section"><div class="w-layout-blockcontainer container-medium w-container"><div class="rich-text w-richtext">
${render(vBlocks)}
</div></div></section>
<section class="section section-form"><div class="w-layout-blockcontainer container-small w-container"><h2 class="heading-m">Let us know you’re coming</h2>
<p class="paragraph-muted">We’ll save you a seat and have someone meet you at the door.</p><div class="form-block w-form">
<form id="wf-form-Plan-a-Visit" name="wf-form-Plan-a-Visit" data-name="Plan a Visit" method="get" class="visit-form" data-wf-page-id="6599a1c2f0e4d21b7c8e4a13"
data-wf-element-id="d2a1c0e4-7b3f-9e21-4a6c-1f0b8e2d9c37"><label for="Name" class="field-label">Name</label><input class="text-field w-input" maxlength="256"
name="Name" data-name="Name"
placeholder="" type="text" id="Name"><label for="Email" class="field-label">Email</label><input class="text-field w-input" maxlength="256" name="Email"
data-name="Email"
type="email" id="Email" required=""><label for="Kids" class="field-label">How many kids are coming with you?</label><select id="Kids" name="Kids"
class="select-field w-select">
<option value="0">None</option><option value="1">1</option><option value="2">2</option><option value="3+">3 or more</option></select>
<input type="submit" data-wait="Please wait..." class="button w-button" value="Submit"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Plan a Visit success"><div>Thank you! We can’t wait to meet you.</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Plan a Visit failure"><div>Oops! Something went wrong while submitting the
form.</div></div></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid w-layout-grid"><div><div
class="footer-title">Eastgate Church</div>
<p class="footer-text">Harlow Park Middle School<br>1550 Kestrel Avenue, Brightwater, OR</p></div><div><div class="footer-title">Office</div>
<p class="footer-text">hello@eastgate.church</p></div><div><a href="https://instagram.example/eastgatechurch" target="_blank" class="footer-link">Instagram</a>
<a href="https://youtube.example/@eastgatechurch" target="_blank" class="footer-link">YouTube</a></div></div><div class="footer-legal">© 2027 Eastgate
Church</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6599a1c2f0e4d21b7c8e49f0" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/6599a1c2f0e4d21b7c8e49f0/js/webflow.3e2d0c4f1.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout478-webflow-plan-your-visit',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: headingsOf(vBlocks),
  body: [vLead, ...bodyOf(vBlocks)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sundays', 'Groups', 'Give', 'Sundays at 10 am', 'Let us know you’re coming', 'We’ll save you a seat and have someone meet you at the door.',
    'Name', 'Email', 'How many kids are coming with you?', 'Eastgate Church', '1550 Kestrel Avenue, Brightwater, OR', 'Office',
    'hello@eastgate.church', 'Instagram', 'YouTube', '© 2027 Eastgate Church',
  ],
};

const nTitle = 'Why we’re sending a team to Vallendar this summer';
const nDek = 'Twelve people, two weeks and a youth camp that has been running on volunteers since 1994.';
const nBlocks: Block[] = [
  j(
    'On July 6, twelve members of Harbor Point will fly to Vallendar to help run Camp Ostwind, a week-long summer camp for',
    'teenagers from the churches of the Lindau valley. It is our fourth trip, and the first since 2023.',
  ),
  j(
    'We often get asked why a church on the coast of Maine sends people halfway around the world to a camp that already has',
    'leaders. The honest answer is that the partnership has changed us as much as it has helped them.',
  ),
  { h: 'How the partnership started' },
  j(
    'In 2016 our missions pastor, Cal Nwosu, met Pastor Henrike Voss at a conference in Hamburg. Her congregation of sixty people',
    'had run Camp Ostwind for twenty years, and they were tired. They did not ask for money. They asked for people who would',
    'play football, wash pots and sit up late talking with fifteen-year-olds.',
  ),
  { h: 'What the team will do' },
  {
    ul: [
      'Lead morning sports and afternoon workshops in English, music and photography',
      'Cook for 140 campers alongside the camp’s kitchen volunteers',
      'Run the Friday night worship with the Ostwind band',
      'Stay on for three days of repairs to the cabins after camp ends',
    ],
  },
  { h: 'How you can help' },
  j(
    'The trip costs about $2,300 a person. Team members raise half themselves, and the church’s missions budget covers the rest.',
    'If you want to give toward the cabin repairs, choose “Vallendar 2027” when you give online.',
  ),
  'Most of all, pray for the team, for the campers and for Pastor Voss and her congregation as they prepare.',
];
const nNav = ['I’m New', 'Sundays', 'Next Steps', 'Kids', 'Students', 'Watch', 'Blog'];
const nMore = [
  'Food pantry hours are changing in June',
  'Baptism Sunday recap: 31 stories of new life',
  'Five things we learned from our first sermon podcast',
];
const nFootCols = ['Locations', 'Connect', 'Resources'];
const nFoot = ['Falmouth Campus', 'Downtown Campus', 'Contact', 'Prayer Requests', 'Careers', 'Privacy Policy'];
const nSlug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const nHtml = `<!DOCTYPE html><html lang="en" class="__variable_a8c1f2 __variable_6e2b10"><head><meta charSet="utf-8"/><meta name="viewport"
content="width=device-width, initial-scale=1"/>
<link rel="stylesheet" href="/_next/static/css/8f3a1d2c9b4e6f70.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low"
href="/_next/static/chunks/webpack-5c1f0a4b2d.js"/>
<script src="/_next/static/chunks/main-app-9a2e4c1b.js" async=""></script><title>${nTitle} | Harbor Point Church</title>
<meta name="description" content="${nDek}"/><link rel="canonical" href="https://harborpoint.church/blog/vallendar-2027"/><meta property="og:type"
content="article"/>
<meta property="article:published_time" content="2027-05-12T13:00:00.000Z"/><meta property="article:author" content="Cal Nwosu"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${nTitle}",
"author":{"@type":"Person","name":"Cal Nwosu"},"datePublished":"2027-05-12"}</script>
</head><body class="__className_a8c1f2 bg-white text-slate-900 antialiased"><a href="#main"
class="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4">Skip to content</a>
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur"><div
class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4 sm:px-6 lg:px-8">
<a class="flex items-center gap-2 font-semibold" href="/"><img alt="Harbor Point Church" loading="lazy" width="36" height="36" decoding="async" data-nimg="1"
src="/logo.svg"/>
<span>Harbor Point</span></a><nav class="hidden items-center gap-6 text-sm font-medium lg:flex">${nNav
  .map(
    (t) => `<a class="hover:text-sky-700"
href="/${nSlug(t)}">${t}</a>`,
  )
  .join('')}</nav>
<div class="flex items-center gap-3"><a class="rounded-full bg-sky-700 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-800" href="/give">Give</a>
<button type="button" class="lg:hidden" aria-label="Open menu"><svg class="h-6 w-6" fill="none" viewBox="0 0 24 24"></svg></button></div></div></header>
<main id="main"><article class="mx-auto max-w-3xl px-4 pb-16 pt-12 sm:px-6"><nav aria-label="Breadcrumb" class="mb-6 text-sm text-slate-500"><ol
class="flex gap-2">
<li><a href="/blog" class="hover:underline">Blog</a></li><li aria-hidden="true">/</li><li><a href="/blog/category/missions"
class="hover:underline">Missions</a></li></ol></nav>
<h1 class="text-4xl font-bold tracking-tight sm:text-5xl">${nTitle}</h1><p class="mt-4 text-xl text-slate-600">${nDek}</p>
<div class="mt-8 flex items-center gap-4 border-y border-slate-200 py-4"><img alt="Cal Nwosu" loading="lazy" width="48" height="48" decoding="async"
data-nimg="1" class="rounded-full"
srcSet="/_next/image?url=%2Fstaff%2Fcal.jpg&amp;w=48&amp;q=75 1x, /_next/image?url=%2Fstaff%2Fcal.jpg&amp;w=96&amp;q=75 2x"
src="/_next/image?url=%2Fstaff%2Fcal.jpg&amp;w=96&amp;q=75"/>
<div><p class="font-semibold">Cal Nwosu</p><p class="text-sm text-slate-500"><time dateTime="2027-05-12">May 12, 2027</time><!-- --> · <!-- -->4<!-- --> min
read</p></div>
<div class="ml-auto flex gap-2"><button class="rounded-full border px-3 py-1 text-sm" type="button">Copy link</button><a
class="rounded-full border px-3 py-1 text-sm"
href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fharborpoint.church%2Fblog%2Fvallendar-2027">Share</a></div></div>
<figure class="my-10"><img alt="Campers around a fire at Camp Ostwind" loading="lazy" width="1200" height="800" decoding="async" data-nimg="1"
class="rounded-2xl"
src="/_next/image?url=%2Fblog%2Fostwind.jpg&amp;w=1920&amp;q=75"/><figcaption class="mt-3 text-center text-sm text-slate-500">Campfire night at Camp Ostwind,
2023.</figcaption></figure>
<div class="prose prose-lg prose-slate max-w-none">${render(nBlocks)}</div>
<section class="mt-12 rounded-2xl bg-sky-50 p-6"><h2 class="text-lg font-semibold">Get Harbor Point updates</h2><p class="mt-1 text-slate-600">Stories, events
and prayer requests, every Thursday.</p>
<form class="mt-4 flex gap-2"><label for="email" class="sr-only">Email address</label><input id="email" type="email" placeholder="you@example.com"
class="flex-1 rounded-full border px-4 py-2"/>
<button type="submit" class="rounded-full bg-sky-700 px-4 py-2 font-semibold text-white">Subscribe</button></form></section></article>
<section class="border-t border-slate-200 bg-slate-50 py-12"><div class="mx-auto max-w-7xl px-4"><h2 class="text-2xl font-bold">More from the blog</h2>
<div class="mt-6 grid gap-6 md:grid-cols-3">${nMore
  .map(
    (t) => `<a class="group block rounded-xl bg-white p-5 shadow-sm" href="/blog/${nSlug(t)}"><h3
class="font-semibold group-hover:text-sky-700">${t}</h3></a>`,
  )
  .join('')}</div></div></section></main>
<footer class="bg-slate-900 text-slate-300"><div class="mx-auto grid max-w-7xl gap-8 px-4 py-12 md:grid-cols-3">
${nFootCols
  .map(
    (c, i) =>
      `<div><h3 class="text-sm font-semibold uppercase tracking-wide text-white">${c}</h3><ul class="mt-3 space-y-2 text-sm">${nFoot
        .slice(i * 2, i * 2 + 2)
        .map((t) => `<li><a href="/${nSlug(t)}">${t}</a></li>`)
        .join('')}</ul></div>`,
  )
  .join('\n')}
</div><p class="border-t border-slate-800 py-6 text-center text-xs">© 2027 Harbor Point Church. All rights reserved.</p></footer>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/8f3a1d2c9b4e6f70.css\\",\\"style\\"]\\n"])</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout478-nextjs-missions-blog',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: headingsOf(nBlocks),
  body: [nDek, ...bodyOf(nBlocks)],
  bylines: ['Cal Nwosu', 'May 12, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nNav, '· 4 min read', 'Copy link', 'Share', 'Campfire night at Camp Ostwind, 2023.',
    'Get Harbor Point updates', 'Stories, events and prayer requests, every Thursday.', 'Subscribe', 'More from the blog', ...nMore, ...nFootCols, ...nFoot,
    '© 2027 Harbor Point Church. All rights reserved.',
  ],
};

export const HELDOUT478_F: readonly TestPage[] = [webflow, nextjs];
