import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 182, file e2: an Answers.com question page (QAPage JSON-LD, the header with subjects, "Ask AI", "Log in"
 * and "Sign up", the subject breadcrumb, the h1, "Updated" date, the "Best Answer" card with "Wiki User" and its age, "Copy"
 * and "Study now" buttons, further answers, "Add your answer" with points, the ad slots, "Continue Learning about",
 * "Related Questions", "Trending Questions", "Resources", "Top Categories" and the footer with its copyright notice).
 */
const title = 'Why do lighthouses use different flash patterns?';
const best = [
  'Each lighthouse along a coast flashes in its own pattern, called its character, so that sailors can tell which light they ' +
    'are looking at after dark. A light seen on its own at night gives no clue to its position, but if you count the flashes ' +
    'and time the pause, you can look the pattern up on a chart or in a list of lights and know exactly where you are.',
  'A character is written in a short code. For example, "Fl(3) W 15s" means three white flashes repeated every fifteen seconds, ' +
    'and "Oc R 6s" means a red light that is on for most of a six-second period and briefly goes dark. Other common types are:',
];
const types = [
  'Fixed: a steady light that never goes out.',
  'Flashing: the light is on for less time than it is off.',
  'Occulting: the light is on for longer than it is off.',
  'Isophase: equal periods of light and dark.',
];
const best2 =
  'Neighbouring lights are always given different characters, and colours are used as well, so a navigator cannot mistake one ' +
  'headland for another. Before radio and satellite navigation this was the only way to identify a light, and it is still ' +
  'taught as a backup today.';
const others: [string, string, string][] = [
  [
    'Aurelio Banfield',
    '4y ago',
    'So ships can work out which lighthouse it is. Every one has its own pattern of flashes and it is printed on the charts, so ' +
      'if you count them you know where you are.',
  ],
  [
    'Imogen Strathairn',
    '2y ago',
    'My grandfather kept a light on the west coast. He said the pattern was the first thing a skipper learned about a new ' +
      'stretch of coast, and that on a clear night you could see three or four lights at once and still know each one by its ' +
      'rhythm without looking at the chart.',
  ],
  [
    'Wiki User',
    '13y ago',
    'Lighthouses have different flash patterns to tell them apart. Some also use coloured sectors so that a ship sees red when ' +
      'it is heading towards rocks and white when it is in safe water.',
  ],
];
const nav = ['Subjects', 'Study Guides', 'Ask AI', 'Log in', 'Sign up'];
const crumbs = ['Subjects', 'Science', 'Earth Science'];
const addAns = ['Add your answer:', 'Earn +20 pts', 'Q: Why do lighthouses use different flash patterns?', 'Submit'];
const still = ['Still have questions?', 'Find more answers', 'Ask your question'];
const learn = ['What is the tallest lighthouse in the world?', 'How far can a lighthouse be seen at sea?'];
const relatedQ = [
  'How does a lighthouse lens make the light brighter?',
  'Who looked after lighthouses before they were automatic?',
  'What is the difference between a lighthouse and a lightship?',
];
const trending = ['What is the largest desert in the world?', 'How many bones are in the human body?', 'Why is the sea salty?'];
const resources = ['Leaderboard', 'All Tags', 'Unanswered'];
const cats = ['Algebra', 'Chemistry', 'Biology', 'World History', 'English Language Arts', 'Psychology', 'Computer Science', 'Economics'];
const product = ['Community Guidelines', 'Honor Code', 'Flashcard Maker', 'Study Guides', 'Math Solver', 'FAQ'];
const company = ['About Us', 'Contact Us', 'Terms of Service', 'Privacy Policy', 'Disclaimer', 'Cookie Policy', 'IP Issues'];
const copy =
  'Copyright © 2025 Answers.com. All Rights Reserved. The material on this site can not be reproduced, distributed, transmitted, ' +
  'cached or otherwise used, except with prior written permission of Answers.';
const card = (who: string, ago: string, inner: string, bestAns: boolean): string => `<div class="rounded-lg bg-white p-4 mb-4${
  bestAns ? ' border-2 border-primary' : ''
}" data-testid="${bestAns ? 'best-answer' : 'answer'}">${bestAns ? '<div class="text-xs font-bold uppercase text-primary">Best Answer</div>' : ''}
<div class="flex items-center gap-2 text-sm"><span class="font-semibold">${who}</span> <span class="text-gray-500">∙ ${ago}</span></div>
<div class="markdownStyles text-base">${inner}</div>
<div class="flex gap-2 mt-2"><button class="text-sm" type="button">Copy</button><button class="text-sm" type="button">Study now</button></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Why do lighthouses use different flash patterns? - Answers</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${best[0]?.slice(0, 150)}">
<link rel="canonical" href="https://www.answers.com/earth-science/Why_do_lighthouses_use_different_flash_patterns">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${title}","answerCount":4,
"dateCreated":"2012-05-04T10:11:00Z","acceptedAnswer":{"@type":"Answer","text":"Each lighthouse along a coast flashes in its own pattern.",
"author":{"@type":"Person","name":"Wiki User"}}}}</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script src="https://www.answers.com/_next/static/chunks/pages/%5Bcategory%5D/%5Bslug%5D-a81f.js" defer></script></head>
<body><div id="__next"><header class="sticky top-0 z-50 bg-white shadow"><div class="flex items-center justify-between px-4 h-14">
<a href="/" aria-label="Answers home"><img src="https://www.answers.com/icons/answers-logo.svg" alt="Answers"></a>
<form action="/search" role="search"><input type="search" placeholder="Search questions" aria-label="Search"></form>
<nav><ul class="flex gap-4">${links(nav)}</ul></nav></div></header>
<main class="max-w-5xl mx-auto flex gap-6 px-4"><div class="flex-1">
<nav aria-label="breadcrumb" class="text-sm"><ol class="flex gap-1">${links(crumbs)}</ol></nav>
<h1 class="text-2xl font-bold my-3">${title}</h1>
<div class="text-sm text-gray-500">Updated: 9/14/2025</div>
<div class="ad-slot my-4" id="div-gpt-ad-top"><span class="text-xs text-gray-400">Advertisement</span></div>
${card('Wiki User', '13y ago', `<p>${best[0]}</p>\n<p>${best[1]}</p>\n<ul>${types.map((t) => `<li>${t}</li>`).join('\n')}</ul>\n<p>${best2}</p>`, true)}
<h2 class="text-lg font-bold mt-6">More answers</h2>
${others.map(([w, a, t]) => card(w, a, `<p>${t}</p>`, false)).join('\n')}
<section class="rounded-lg bg-white p-4 mb-4"><h2 class="font-bold">${addAns[0]}</h2><span class="text-xs">${addAns[1]}</span>
<div class="text-sm">${addAns[2]}</div><textarea aria-label="Write your answer"></textarea><button type="submit">${addAns[3]}</button></section>
<section class="rounded-lg bg-primary text-white p-4"><h2>${still[0]}</h2><a href="/search">${still[1]}</a><a href="/ask">${still[2]}</a></section>
<section class="mt-6"><h2 class="font-bold">Continue Learning about Earth Science</h2><ul>${links(learn)}</ul></section>
<section class="mt-6"><h2 class="font-bold">Related Questions</h2><ul>${links(relatedQ)}</ul></section></div>
<aside class="w-80 hidden lg:block"><div class="ad-slot" id="div-gpt-ad-rail"><span class="text-xs text-gray-400">Advertisement</span></div>
<section><h2 class="font-bold">Trending Questions</h2><ul>${links(trending)}</ul></section>
<section><h2 class="font-bold">Resources</h2><ul>${links(resources)}</ul></section>
<section><h2 class="font-bold">Top Categories</h2><ul>${links(cats)}</ul></section></aside></main>
<footer class="bg-gray-900 text-white mt-10 p-6"><div class="grid grid-cols-2 gap-4"><div><h3>Product</h3><ul>${links(product)}</ul></div>
<div><h3>Company</h3><ul>${links(company)}</ul></div></div><p class="text-xs mt-4">${copy}</p></footer></div></body></html>`;

export const answersCom: TestPage = {
  name: 'heldout182-answers-com-question',
  kind: 'forum',
  html,
  // every answer is body; "Wiki User", the answerer's name, the answers' ages and the "Updated" date are bylines; the
  // "Best Answer" label, "More answers" heading, Copy / Study now buttons and the add-answer box are furniture
  title,
  headings: [],
  body: texts([...best, ...types, best2, ...others.map((o) => o[2])]),
  bylines: ['Updated: 9/14/2025', 'Wiki User', '∙ 13y ago', 'Aurelio Banfield', '∙ 4y ago', 'Imogen Strathairn', '∙ 2y ago'],
  // biome-ignore format: packed
  furniture: [
    ...nav, 'Science', 'Earth Science', 'Advertisement', 'Best Answer', 'Copy', 'Study now', 'More answers', ...addAns, ...still,
    'Continue Learning about Earth Science', ...learn, 'Related Questions', ...relatedQ, 'Trending Questions', ...trending, 'Resources', ...resources,
    'Top Categories', ...cats, 'Product', ...product, 'Company', ...company, copy,
  ],
};
