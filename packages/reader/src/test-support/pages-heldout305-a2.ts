import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout305-kit.js';

/**
 * Held-out batch 305, file a2: a company's careers page built in Webflow (w-nav, sections of w-container / w-layout-grid, a
 * w-richtext block, a values grid of cards, an employee quote, a perks list, an open-roles list from the job board, a
 * "Join our talent community" form and the footer).
 */
const title = 'Build the tools that keep Europe’s trains running';
const lede = [
  j(
    'Railwright makes the scheduling software that regional rail operators use to plan crews, rolling stock and maintenance windows.',
    'We are 140 people across Lyon, Ghent and a lot of kitchen tables, and we are hiring.',
  ),
];
const h1 = 'Why people join Railwright';
const why = [
  j(
    'Our customers move two million passengers a day. When our planning engine finds a better crew roster, a driver gets home before',
    'midnight and a line keeps its morning service. That is the work, and it is why most of us are here.',
  ),
  j(
    'We are a small enough company that your work ships within weeks, and a large enough one that we can give you time to learn. Every',
    'engineer spends a day in a control room during their first quarter, and every new hire has a named mentor for six months.',
  ),
  j(
    'Our hiring process is short and published in advance: a thirty-minute call, one practical exercise that we pay you for, and',
    'a conversation with the people you would work with. We aim to give you a decision within two weeks of your first call.',
  ),
];
const h2 = 'How we work';
const values = [
  '<strong>Write it down.</strong> Decisions live in short documents, not in meetings, so people in every time zone can take part.',
  '<strong>Ride the line.</strong> We visit depots and control rooms before we build for them, and we bring what we learn back.',
  '<strong>Own the outcome.</strong> Teams pick their own tools and are trusted to fix what they break.',
];
const quote = [
  j(
    '“I came from a large consultancy and expected another slide deck. In my second week I was in a depot in Namur watching',
    'planners use a feature I had written. Nothing I had done before felt that direct.”',
  ),
];
const h3 = 'Benefits';
const perks = [
  '30 days of paid holiday, plus public holidays where you live',
  'Flexible hours and a hybrid or fully remote arrangement',
  'An annual learning budget of €2,000 for courses, books and conferences',
  'Sixteen weeks of fully paid parental leave for every parent',
  'A free first-class rail pass on our partners’ networks',
];
const nav = ['Product', 'Case studies', 'About us', 'Careers', 'Contact'];
const roles = [
  'Senior Backend Engineer, Optimisation',
  'Product Designer, Planning Tools',
  'Customer Success Manager (Dutch speaking)',
  'Site Reliability Engineer',
];
const roleMeta = ['Lyon or remote (EU)', 'Ghent or remote (EU)', 'Ghent office only', 'Remote (EU)'];
const foot = ['Privacy', 'Imprint', 'Security', 'Press kit'];
const html = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Oct 05 2026 08:12:40 GMT+0000 -->
<html data-wf-domain="www.railwright.example" data-wf-page="64f1c0a9e2b7d3a1c0de0012" data-wf-site="64f1c0a9e2b7d3a1c0de0001" lang="en">
<head><meta charset="utf-8"><title>Careers | Railwright</title><meta content="Join Railwright and build the scheduling software behind
regional rail." name="description"><meta content="Careers | Railwright" property="og:title"><meta content="width=device-width, initial-scale=1"
name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets.website-files.example/64f1c0a9/css/railwright.webflow.shared.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}
(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Railwright","url":"https://www.railwright.example"}</script>
</head><body class="body-careers">
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" class="brand w-nav-brand" aria-label="home"><img src="https://assets.website-files.example/64f1c0a9/logo.svg" loading="lazy" alt=""></a>
<nav role="navigation" class="nav-menu w-nav-menu">${nav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/demo" class="button-nav w-button">Book a demo</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-hero-careers"><div class="container-large w-container"><div class="eyebrow">Careers</div>
<h1 class="heading-xl">${title}</h1><div class="hero-text w-richtext">${ps(lede)}</div>
<a href="#open-roles" class="button-primary w-button">See open roles</a></div></div>
<div class="section-why"><div class="container-medium w-container"><div class="rich-text-careers w-richtext">
<h2>${h1}</h2>
${ps(why)}
</div></div></div>
<div class="section-values"><div class="container-large w-container"><h2 class="heading-l">${h2}</h2>
<div class="w-layout-grid grid-values">${values
  .map(
    (v, i) => `<div id="w-node-_${i}a1f-0012" class="card-value"><div class="card-icon"></div>
<p class="paragraph-value">${v}</p></div>`,
  )
  .join('\n')}</div></div></div>
<div class="section-quote"><div class="container-medium w-container"><blockquote class="quote-large">${quote[0]}</blockquote>
<div class="quote-author"><img src="https://assets.website-files.example/64f1c0a9/people/ines.jpg" loading="lazy" alt="" class="quote-avatar">
<div class="quote-name">Inès Vandamme</div><div class="quote-role">Frontend Engineer, Ghent</div></div></div></div>
<div class="section-benefits"><div class="container-medium w-container"><h2 class="heading-l">${h3}</h2>
<ul role="list" class="list-benefits w-list-unstyled">${lis(perks, 'list-item-benefit')}</ul></div></div>
<div id="open-roles" class="section-roles"><div class="container-medium w-container"><h2 class="heading-l">Open roles</h2>
<div class="w-dyn-list"><div role="list" class="roles-list w-dyn-items">${roles
  .map(
    (r, i) => `<div role="listitem" class="role-item w-dyn-item"><a href="/careers/${i}" class="role-link w-inline-block">
<div class="role-title">${r}</div><div class="role-location">${roleMeta[i]}</div><div class="role-arrow">→</div></a></div>`,
  )
  .join('\n')}</div></div></div></div>
<div class="section-talent"><div class="container-small w-container"><h3 class="heading-s">Don’t see your role?</h3>
<p class="paragraph-small">Join our talent community and we will write when something fits.</p>
<div class="w-form"><form id="wf-form-Talent" name="wf-form-Talent" data-name="Talent" method="get" class="form-talent">
<input class="text-field w-input" maxlength="256" name="Email" placeholder="Your email" type="email" required>
<input type="submit" data-wait="Please wait..." class="button-primary w-button" value="Join"></form>
<div class="w-form-done"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></div>
<footer class="footer"><div class="container-large w-container"><div class="footer-grid"><div class="footer-brand">Railwright SAS, 14 quai
Perrache, Lyon</div>
<div class="footer-links">${links(foot, 'footer-link')}</div></div><div class="footer-copyright">© 2026 Railwright. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://assets.website-files.example/64f1c0a9/js/webflow.js" type="text/javascript"></script></body></html>`;
const page: TestPage = {
  name: 'heldout305-webflow-careers-page-blog',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([...lede, ...why, ...values, ...quote, ...perks]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, 'Book a demo', 'See open roles', 'Inès Vandamme', 'Frontend Engineer, Ghent', 'Open roles', ...roles, ...roleMeta,
    'Don’t see your role?', 'Join our talent community and we will write when something fits.', 'Thank you! Your submission has been received!',
    'Oops! Something went wrong while submitting the form.', 'Railwright SAS, 14 quai Perrache, Lyon', ...foot, '© 2026 Railwright. All rights reserved.',
  ],
};

export const HELDOUT305_A2: readonly TestPage[] = [page];
