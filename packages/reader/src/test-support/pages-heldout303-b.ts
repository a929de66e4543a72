import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout303-kit.js';

/**
 * Held-out batch 303, file b: a LibreOffice Writer HTML export (generator and created/changed meta, @page style sheet,
 * "western" heading classes, header and footer divs with page fields, a framed illustration with its caption, a numbered
 * list and footnotes in sdfootnote divs) and a ChatGPT-style shared conversation (React Router markup, share header with
 * Log in / Sign up, conversation turns with sr-only "You said:" / "ChatGPT said:" labels, the reply's headings and lists,
 * the disclaimer and the report / terms footer).
 */
const lTitle = 'Hire Conditions for the Kestrel Bay Village Hall';
const lH = ['Bookings and deposits', 'Using the building', 'Leaving the hall'];
const lIntro = [
  j(
    'These conditions apply to every booking of the main hall, the small meeting room and the kitchen, whether by a local group,',
    'a private party or a commercial hirer. The person who signs the booking form is the hirer and is responsible for the event.',
  ),
];
const lBook = [
  j(
    'Provisional bookings are held for seven days. A booking is confirmed only when the signed form and a deposit of £50 have',
    'reached the bookings secretary. Regular weekly hirers pay one deposit at the start of the year.',
  ),
  j(
    'The deposit is returned within fourteen days of the event, less the cost of any cleaning or damage. If you cancel with less',
    'than four weeks’ notice, the trustees may keep the whole deposit.',
  ),
];
const lUse = [
  j(
    'The hall is licensed for up to 120 people standing or 90 seated at tables. Please count your guests honestly; the fire officer',
    'visited twice last year and the limit is not negotiable.',
  ),
  'Before your event starts, please make sure that:',
  'the two fire exits beside the stage are unlocked and clear;',
  'you know where the extinguishers and the first aid box are kept;',
  'someone on your team has read the evacuation notice in the lobby;',
  'amplified music is turned down by 10.30 pm out of respect for the cottages on Ferry Row.',
  j(
    'Nothing may be fixed to the walls except with the blue putty kept in the cupboard under the stage. Confetti, glitter and',
    'indoor fireworks are banned, as is the sparkling sand some caterers have taken to scattering on tables.',
  ),
];
const lLeave = [
  j(
    'The hall must be empty by midnight. Stack the chairs in fives, wipe the tables, sweep the floor and take all your rubbish',
    'home with you; the village has no commercial waste collection and the trustees cannot dispose of it for you.',
  ),
  j(
    'Turn off the urn and the cooker at the wall, close the windows, and check that the toilets are not left running. Post the key',
    'through the letterbox of the bookings secretary at 4 Harbour Steps on your way home.',
  ),
];
const lp = (t: string): string => `<p style="line-height: 115%; margin-bottom: 0.25cm" align="justify">${t}</p>`;
const lHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/><title></title>
<meta name="generator" content="LibreOffice 24.8.4.2 (Linux)"/><meta name="author" content="Morwenna Tregear"/>
<meta name="created" content="2026-01-08T19:42:10.113000000"/><meta name="changedby" content="Morwenna Tregear"/>
<meta name="changed" content="2026-02-21T11:05:37.905000000"/>
<style type="text/css">@page { size: 21cm 29.7cm; margin: 2cm } p { line-height: 115%; margin-bottom: 0.25cm; background: transparent }
h1 { margin-bottom: 0.21cm; background: transparent; page-break-after: avoid } h1.western { font-family: "Liberation Sans", sans-serif; font-size: 18pt }
h2.western { font-family: "Liberation Sans", sans-serif; font-size: 14pt } p.caption { font-size: 10pt; font-style: italic }
a.sdfootnoteanc { font-size: 57% }</style></head>
<body lang="en-GB" link="#000080" vlink="#800000" dir="ltr"><div title="header"><p style="margin-bottom: 0cm; line-height: 100%" align="right">
<font size="2" style="font-size: 9pt">Kestrel Bay Village Hall Trust · Registered charity 1190447</font></p></div>
<h1 class="western">${lTitle}</h1>
<p style="margin-bottom: 0cm" align="left"><i>Adopted by the trustees, 20 February 2026</i></p>
${lIntro.map(lp).join('\n')}
<h2 class="western">${lH[0]}</h2>
${lBook.map(lp).join('\n')}
<p style="line-height: 115%; margin-bottom: 0.25cm"><span id="Frame1" dir="ltr" style="float: right; width: 7.5cm; border: none; padding: 0cm;
background: #ffffff"><img src="hire_conditions_html_8c31f2a0b7.jpg" name="Image1" align="bottom" width="283" height="189" border="0"/><br/>
Illustration 1: The main hall laid out for a harvest supper. Photo: Jory Pascoe</span></p>
<h2 class="western">${lH[1]}</h2>
${lp(lUse[0] ?? '')}
${lp(lUse[1] ?? '')}
<ol>${lUse
  .slice(2, 6)
  .map((t) => `<li><p style="margin-bottom: 0cm; line-height: 100%">${t}</p></li>`)
  .join('\n')}</ol>
${lp(`${lUse[6]}<a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a>`)}
<h2 class="western">${lH[2]}</h2>
${lLeave.map(lp).join('\n')}
<div id="sdfootnote1"><p class="sdfootnote-western"><a class="sdfootnotesym" name="sdfootnote1sym" href="#sdfootnote1anc">1</a>
The putty leaves no marks on the 1928 panelling; drawing pins and tape do.</p></div>
<div title="footer"><p style="margin-top: 0.5cm; margin-bottom: 0cm; line-height: 100%" align="center"><font size="2" style="font-size: 9pt">
Hire conditions v3 – page <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> of <sdfield type=DOCSTAT subtype=PAGE format=PAGE>2</sdfield>
</font></p></div></body></html>`;
const libre: TestPage = {
  name: 'heldout303-libreoffice-writer-docs',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: lH,
  body: texts([...lIntro, ...lBook, ...lUse, ...lLeave]),
  bylines: ['Adopted by the trustees, 20 February 2026'],
  furniture: [
    'Kestrel Bay Village Hall Trust · Registered charity 1190447',
    'Illustration 1: The main hall laid out for a harvest supper. Photo: Jory Pascoe',
    'The putty leaves no marks on the 1928 panelling; drawing pins and tape do.',
    'Hire conditions v3 – page 1 of 2',
  ],
};

const cTitle = 'Reviving a neglected sourdough starter';
const cU1 = [
  j(
    'I left my rye sourdough starter in the back of the fridge for about eleven weeks while I was working away. There is a grey',
    'liquid on top and it smells sharp, a bit like nail varnish. No fuzzy mould that I can see. Is it worth saving, and how?',
  ),
];
const cA1 = [
  j(
    'Good news: what you describe sounds like a hungry starter rather than a dead one. The grey liquid is usually called hooch. It is',
    'alcohol and acids that the yeast and bacteria produce when they run out of food, and the solvent smell comes from the same place.',
  ),
];
const cA1H = ['First, check it is safe', 'A three-day revival plan', 'How to tell it is ready'];
const cA1Safe = [
  'Throw it away if you see any of these:',
  'fuzzy patches of mould, especially pink, orange or black ones;',
  'streaks of pink or orange running through the paste itself;',
  'a smell of rot rather than of sharp vinegar or solvent.',
  'Otherwise, pour off the liquid, scrape away the top centimetre, and take a spoonful from the middle to rebuild.',
];
const cA1Plan = [
  'Day 1: mix 20 g of old starter with 50 g rye flour and 50 g lukewarm water. Leave it covered at room temperature.',
  'Day 2: discard all but 20 g, and feed it again in the same proportions, morning and evening if your kitchen is warm.',
  'Day 3: keep feeding twice a day. You should see bubbles and a rise within six to eight hours of each feed.',
];
const cA1Ready = [
  j(
    'It is ready to bake with when it reliably doubles within about six hours of a feed and smells pleasantly sour rather than',
    'harsh. Some starters bounce back in two days, others take a week, so do not worry if yours is slow at first.',
  ),
];
const cU2 = ['Thanks. It doubled on day three. Can I go back to keeping it in the fridge between bakes?'];
const cA2 = [
  j(
    'Yes. Once it is lively, feed it, leave it out for an hour or two so the yeast gets going, then refrigerate it. Aim to feed it',
    'at least once every week or two. If you know you will be away longer, you can mix a little with extra flour into a stiff dough,',
    'which keeps much better, or dry a thin layer on baking paper and store the flakes in a jar.',
  ),
];
const cNav = ['Log in', 'Sign up for free'];
const cActs = `<div class="flex justify-start"><button aria-label="Copy" data-testid="copy-turn-action-button"></button>
<button aria-label="Read aloud"></button></div>`;
const turn = (n: number, role: 'user' | 'assistant', inner: string): string => `<article class="w-full text-token-text-primary focus-visible:outline-2"
dir="auto" data-testid="conversation-turn-${n}" data-scroll-anchor="false"><h${role === 'user' ? 5 : 6} class="sr-only">${
  role === 'user' ? 'You said:' : 'ChatGPT said:'
}</h${role === 'user' ? 5 : 6}>
<div class="text-base my-auto mx-auto py-5 px-6"><div class="mx-auto flex flex-1 gap-4 text-base md:gap-5 lg:gap-6 md:max-w-3xl">
<div class="group/conversation-turn relative flex w-full min-w-0 flex-col"><div class="flex-col gap-1 md:gap-3">
<div class="flex max-w-full flex-col flex-grow"><div data-message-author-role="${role}" data-message-id="a1f0c9e2-${n}4b7-4c1e-9d11-0f3c" dir="auto"
class="min-h-8 text-message flex w-full flex-col items-end gap-2 whitespace-normal break-words">${inner}</div></div></div>
${role === 'assistant' ? cActs : ''}
</div></div></div></article>`;
const md = (inner: string): string => `<div class="markdown prose w-full break-words dark:prose-invert light">${inner}</div>`;
const lis = (items: readonly string[]): string => items.map((t) => `<li>${t}</li>`).join('\n');
const cHtml = `<!DOCTYPE html><html class="light" lang="en-US" data-build="prod-7c2f1a9d3e" dir="ltr" style="color-scheme: light;"><head>
<meta charSet="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>ChatGPT - ${cTitle}</title>
<meta name="description" content="Shared via ChatGPT"/><meta property="og:title" content="ChatGPT - ${cTitle}"/>
<meta property="og:site_name" content="ChatGPT"/><meta name="robots" content="noindex,nofollow"/>
<link rel="stylesheet" href="https://cdn.oaistatic.example/assets/root-k2m9x1pq.css"/>
<script nonce="7f1b">window.__reactRouterContext = {"basename":"/","future":{"v3_fetcherPersist":true},"isSpaMode":false};</script>
<script type="module" async="" nonce="7f1b" src="https://cdn.oaistatic.example/assets/manifest-2a8c.js"></script></head>
<body class=""><div class="flex h-svh w-screen flex-col"><div class="relative z-0 flex h-full w-full overflow-hidden">
<div class="relative flex h-full max-w-full flex-1 flex-col overflow-hidden"><main class="relative h-full w-full flex-1 overflow-auto transition-width">
<div id="page-header" class="draggable sticky top-0 z-10 flex min-h-[46px] items-center justify-center bg-token-main-surface-primary">
<div class="flex items-center"><a href="/" class="text-lg font-medium">ChatGPT</a></div><div class="flex gap-2 pe-1">
<button class="btn relative btn-primary" data-testid="login-button"><div class="flex items-center justify-center">${cNav[0]}</div></button>
<button class="btn relative btn-secondary" data-testid="signup-button"><div class="flex items-center justify-center">${cNav[1]}</div></button></div></div>
<div role="presentation" class="composer-parent flex h-full flex-col focus-visible:outline-0"><div class="flex-1 grow basis-auto overflow-y-auto">
<div class="mx-auto w-full max-w-(--thread-content-max-width) px-4"><div class="border-b border-gray-100 pb-4 pt-3 sm:mb-2 sm:pb-6 sm:pt-8">
<h1 class="text-3xl font-semibold leading-tight text-token-text-primary sm:text-4xl">${cTitle}</h1>
<div class="pt-3 text-base text-token-text-tertiary sm:pt-4">March 14, 2026</div></div></div>
<div class="flex flex-col text-sm">
${turn(1, 'user', `<div class="relative max-w-[70%] rounded-3xl bg-token-message-surface px-5 py-2.5"><div class="whitespace-pre-wrap">${cU1[0]}</div></div>`)}
${turn(
  2,
  'assistant',
  md(`${ps(cA1)}
<h3>${cA1H[0]}</h3>
${ps(cA1Safe.slice(0, 1))}<ul>${lis(cA1Safe.slice(1, 4))}</ul>${ps(cA1Safe.slice(4))}
<h3>${cA1H[1]}</h3><ol>${lis(cA1Plan)}</ol>
<h3>${cA1H[2]}</h3>${ps(cA1Ready)}`),
)}
${turn(3, 'user', `<div class="relative max-w-[70%] rounded-3xl bg-token-message-surface px-5 py-2.5"><div class="whitespace-pre-wrap">${cU2[0]}</div></div>`)}
${turn(4, 'assistant', md(ps(cA2)))}
</div></div>
<div class="w-full"><div class="flex flex-col items-center justify-center gap-2 py-6"><a href="/" class="btn btn-primary">Get started with ChatGPT</a>
<div class="text-token-text-secondary text-xs">ChatGPT can make mistakes. Check important info.</div>
<div class="flex gap-3 text-xs text-token-text-tertiary"><a href="/report-content">Report content</a><span>|</span>
<a href="/policies/terms-of-use">Terms of use</a>
<span>|</span><a href="/policies/privacy-policy">Privacy policy</a></div></div></div></div></main></div></div></div>
<script nonce="7f1b">window.__reactRouterRouteModules={};import("https://cdn.oaistatic.example/assets/entry.client-91bd.js");</script></body></html>`;
const chat: TestPage = {
  name: 'heldout303-chatgpt-shared-conversation-forum',
  kind: 'forum',
  html: cHtml,
  title: cTitle,
  headings: cA1H,
  body: texts([...cU1, ...cA1, ...cA1Safe, ...cA1Plan, ...cA1Ready, ...cU2, ...cA2]),
  bylines: ['March 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'ChatGPT', ...cNav, 'You said:', 'ChatGPT said:', 'Get started with ChatGPT', 'ChatGPT can make mistakes. Check important info.', 'Report content',
    'Terms of use', 'Privacy policy',
  ],
};

export const HELDOUT303_B: readonly TestPage[] = [libre, chat];
