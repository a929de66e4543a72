import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout385-kit.js';

/**
 * Held-out batch 385, file f2: a listing of visa-free destinations for one passport on a Webflow site (w-nav navbar, hero
 * with a rich-text intro, a filter bar of region tabs, a w-dyn-list collection of country cards with the stay allowed and a
 * badge, the CTA section, a newsletter w-form with its success and error messages, the footer and webflow.js).
 */
const wTitle = 'Where can Velmoran passport holders travel without a visa?';
const wIntro = [
  j(
    'A Velmoran passport currently gives visa-free or visa-on-arrival access to 112 destinations. The list below covers the most',
    'popular ones and shows how long you can stay on each visit. We check every entry against the official government source',
    'once a month.',
  ),
  j(
    '"Visa-free" does not always mean "no paperwork". A growing number of countries ask for an online registration or electronic',
    'travel authorisation before you fly, and some require a return ticket or proof of funds at the border.',
  ),
  j(
    'Each card shows the longest single stay allowed for tourism. Business trips, study and paid work usually need a different',
    'permit, even in countries where tourists can enter freely. Where a destination counts days over a rolling period, such as 90',
    'days in any 180, we show both numbers.',
  ),
];
type Card = readonly [country: string, region: string, stay: string, badge: string];
const wCards: readonly Card[] = [
  ['Kestrania', 'Asia', '30 days', 'eVisa from 1 April'],
  ['Tallimor', 'Oceania', '30 days', 'Visa on arrival'],
  ['Orsolan', 'Americas', '90 days', 'Online declaration'],
  ['Portugal', 'Europe', '90 days in 180', 'Visa-free'],
  ['Greece', 'Europe', '90 days in 180', 'Visa-free'],
  ['Morocco', 'Africa', '90 days', 'Visa-free'],
  ['Thailand', 'Asia', '60 days', 'Visa-free'],
  ['Japan', 'Asia', '90 days', 'Visa-free'],
  ['Georgia', 'Europe', '1 year', 'Visa-free'],
  ['Chile', 'Americas', '90 days', 'Visa-free'],
  ['Kenya', 'Africa', '90 days', 'Electronic authorisation'],
  ['Fiji', 'Oceania', '4 months', 'Visa-free'],
  ['Velmora', 'Europe', 'Unlimited', 'Home country'],
  ['Brazil', 'Americas', '90 days', 'Visa-free'],
  ['Vanuatu', 'Oceania', '30 days', 'Visa-free'],
];
const cardText = (c: Card): string => `${c[0]} ${c[2]} ${c[1]} ${c[3]}`;
const wOutro = [
  j(
    'Rules change often, sometimes with only a few weeks’ notice. Always confirm with the embassy of your destination or its',
    'official immigration website before you book, and check the rules for any country where you change planes.',
  ),
  j(
    'Stays are counted from the day you arrive. Overstaying, even by one day, can lead to fines, deportation or a ban on future',
    'visits, so keep your entry stamp or e-registration confirmation until you have left.',
  ),
];
const wNav = ['Destinations', 'Passport ranking', 'Guides', 'About'];
const wTabs = ['All regions', 'Africa', 'Americas', 'Asia', 'Europe', 'Oceania'];
const wFoot = ['Methodology', 'Contact', 'Privacy', 'Terms'];
const card = (c: Card): string => `<div role="listitem" class="country-item w-dyn-item"><a href="/country/${c[0].toLowerCase()}"
class="country-card w-inline-block"><div class="country-card__name">${c[0]}</div> <div class="country-card__stay">${c[2]}</div>
<div class="country-card__region">${c[1]}</div> <div class="badge ${c[3] === 'Visa-free' ? 'badge--green' : 'badge--amber'}">${c[3]}</div></a></div>`;
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 10 2026 08:12:44 GMT+0000 -->
<html data-wf-domain="www.passportatlas.example" data-wf-page="65f1c0a2b7e41d0012ab34cd" data-wf-site="65f1c0a2b7e41d0012ab3400" lang="en"><head>
<meta charset="utf-8"><title>Visa-free countries for Velmoran passport holders (2026) | Passport Atlas</title>
<meta content="The full list of destinations Velmoran citizens can visit without a visa, with the length of stay allowed." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/65f1c0a2b7e41d0012ab3400/css/passportatlas.webflow.4a1b2c.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}
(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","name":"${wTitle}","numberOfItems":112}</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="container w-container">
<a href="/" class="brand w-nav-brand"><div class="brand-text">Passport Atlas</div></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero"><div class="container w-container"><div class="eyebrow">Passport guide · Velmora</div><h1 class="heading-xl">${wTitle}</h1>
<div class="meta-row"><div class="meta-text">Updated March 10, 2026</div><div class="meta-text">By Ines Calder</div></div>
<div class="rich-intro w-richtext">${wIntro.map((p) => `<p>${p}</p>`).join('')}</div></div></section>
<section class="list-section"><div class="container w-container"><div class="filter-bar">${wTabs
  .map((t, i) => `<a href="#" class="filter-tab${i === 0 ? ' w--current' : ''}">${t}</a>`)
  .join('')}</div>
<div class="w-dyn-list"><div role="list" class="country-grid w-dyn-items">${wCards.map(card).join('\n')}</div></div>
<a href="/velmora/all-destinations" class="button-secondary w-button">Show all 112 destinations</a>
<div class="rich-outro w-richtext"><h2>Before you travel</h2>${wOutro.map((p) => `<p>${p}</p>`).join('')}</div></div></section>
<section class="cta-section"><div class="container w-container"><h3 class="cta-heading">Compare two passports side by side</h3>
<a href="/compare" class="button w-button">Try the comparison tool</a></div></section>
<footer class="footer"><div class="container w-container"><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form"
method="get"><label for="email">Get rule changes for your passport by email</label><input type="email" class="w-input" name="email" id="email">
<input type="submit" value="Subscribe" class="w-button"></form><div class="w-form-done"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div>
<div class="footer-links">${links(wFoot)}</div><div class="footer-copy">© 2026 Passport Atlas. Not affiliated with any government.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65f1c0a2b7e41d0012ab3400/js/webflow.3c9d.js" type="text/javascript"></script></body></html>`;
export const webflow: TestPage = {
  name: 'heldout385-passportatlas-webflow-docs',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Before you travel'],
  body: [...texts(wIntro), ...wCards.map(cardText), ...texts(wOutro)],
  bylines: ['Updated March 10, 2026', 'By Ines Calder'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Passport Atlas', ...wNav.filter((t) => t !== 'Destinations'), 'Passport guide · Velmora', 
    'All regions', 'Show all 112 destinations', 'Compare two passports side by side',
    'Try the comparison tool', 'Get rule changes for your passport by email', 'Thank you! Your submission has been received!',
    'Oops! Something went wrong while submitting the form.', ...wFoot, '© 2026 Passport Atlas. Not affiliated with any government.',
  ],
};
