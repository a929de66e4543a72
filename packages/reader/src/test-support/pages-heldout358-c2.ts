import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout358-kit.js';

/**
 * Held-out batch 358, file c2: a school lunch menu page on a Nutrislice-style menu app, saved after the Angular app drew it
 * (ns-app root, the district header with the school and menu-type pickers, the week switcher, the week's days with their
 * food items, calorie counts and allergen icons, the menu notes, the "Download PDF" and app badges, the footer), a data page.
 */
const mTitle = 'Elementary Lunch – Week of March 16, 2026';
const mNotes = [
  j(
    'Every lunch includes a choice of entrée, fresh fruit and vegetables from the garden bar, and milk (1% white or fat-free',
    'chocolate). Students must take at least one half cup of fruit or vegetables for the meal to count as a reimbursable lunch.',
  ),
  j('Lunch is free for all students this school year under the Community Eligibility Provision. Adult lunch is $4.75. Extra milk', 'is 60 cents.'),
  j(
    'Menus may change because of supply issues. Families of students with food allergies should contact Nutrition Services so a',
    'dietitian can review a menu plan with the school nurse.',
  ),
  j(
    'Thursday is our monthly Harvest of the Month tasting: students can try roasted parsnips from Fenwick Farm at the garden bar.',
    'Ask your child what they thought!',
  ),
];
const mDays: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
  [
    'Monday, March 16',
    [
      ['Cheese Pizza Dippers with Marinara', '380 cal'],
      ['Black Bean and Corn Salad', '110 cal'],
      ['Apple Slices', '60 cal'],
    ],
  ],
  [
    'Tuesday, March 17',
    [
      ['Chicken Tinga Tacos', '340 cal'],
      ['Spanish Rice', '150 cal'],
      ['Roasted Green Beans', '40 cal'],
    ],
  ],
  [
    'Wednesday, March 18',
    [
      ['Turkey and Cheese Sub', '410 cal'],
      ['Sweet Potato Fries', '170 cal'],
      ['Orange Wedges', '45 cal'],
    ],
  ],
  [
    'Thursday, March 19',
    [
      ['Baked Ziti with Meat Sauce', '390 cal'],
      ['Garlic Breadstick', '130 cal'],
      ['Steamed Broccoli', '35 cal'],
    ],
  ],
  [
    'Friday, March 20',
    [
      ['Fish Sticks with Tartar Sauce', '300 cal'],
      ['Mac and Cheese', '220 cal'],
      ['Baby Carrots', '30 cal'],
    ],
  ],
];
const mNav = ['All Menus', 'Nutrition Team', 'Contact'];
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Elementary Lunch Menu | Birchwood School District Nutrition Services</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="School menus for Birchwood School District.">
<base href="/"><link rel="stylesheet" href="/static/styles.9a41c2.css"><script>window.NS_CONFIG = {district: "birchwood", locale: "en"};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Menu","name":"Elementary Lunch","inLanguage":"en"}</script></head>
<body><ns-app ng-version="17.3.1"><div class="app-container"><header class="district-header"><a class="district-logo" href="/menu">
<span>Birchwood School District</span></a><nav class="district-nav"><ul>${links(mNav)}</ul></nav><button class="language-toggle">English</button></header>
<ns-menu-picker class="picker"><div class="picker__school"><span class="picker__label">School</span><button>Lakeview Elementary</button></div>
<div class="picker__type"><span class="picker__label">Menu</span><button>Lunch Menu</button></div></ns-menu-picker>
<main class="menu-page"><ns-week-view><div class="week-header"><h1 class="menu-title">${mTitle}</h1>
<div class="week-nav"><a class="week-nav__prev" href="#">Previous week</a><a class="week-nav__next" href="#">Next week</a>
<button class="view-toggle">Month view</button></div></div>
<div class="week-days">${mDays
  .map(
    (d) =>
      `<section class="menu-day"><h2 class="menu-day__date">${d[0]}</h2><ul class="menu-items">${d[1]
        .map(
          (f) =>
            `<li class="food-item"><span class="food-name">${f[0]}</span> <span class="food-calories">${f[1]}</span>
<span class="food-icons" aria-hidden="true"></span></li>`,
        )
        .join('')}</ul></section>`,
  )
  .join('\n')}</div>
<section class="menu-notes"><h2 class="menu-notes__title">Menu notes</h2>${ps(mNotes)}</section>
<div class="menu-actions"><a class="btn-print" href="#">Print Menu</a><a class="btn-pdf" href="#">Download PDF</a>
<a class="btn-subscribe" href="#">Subscribe to Calendar</a></div></ns-week-view></main>
<aside class="app-badges"><p>Get menus on the go with the free app.</p><a href="#">Download on the App Store</a><a href="#">Get it on Google Play</a></aside>
<footer class="app-footer"><p>Birchwood School District Nutrition Services · 555-0172</p>
<p>This institution is an equal opportunity provider.</p><a href="#">Privacy</a><a href="#">Terms</a><p>Menus powered by Nutrislice</p></footer>
</div></ns-app><script src="/static/main.7c2f01.js" type="module"></script></body></html>`;
export const nutrisliceMenu: TestPage = {
  name: 'heldout358-nutrislice-lunch-menu-docs',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: [...mDays.map((d) => d[0]), 'Menu notes'],
  body: texts([...mDays.flatMap((d) => d[1].map((f) => f[0])), ...mNotes]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Birchwood School District', ...mNav, 'English', 'School', 'Lakeview Elementary', 'Lunch Menu', 'Previous week', 'Next week', 'Month view',
    ...new Set(mDays.flatMap((d) => d[1].map((f) => f[1]))), 'Print Menu', 'Download PDF', 'Subscribe to Calendar', 'Get menus on the go with the free app.',
    'Download on the App Store', 'Get it on Google Play', 'Birchwood School District Nutrition Services · 555-0172',
    'This institution is an equal opportunity provider.', 'Privacy', 'Terms', 'Menus powered by Nutrislice',
  ],
};
