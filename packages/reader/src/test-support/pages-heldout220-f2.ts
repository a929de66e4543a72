import { ps, type TestPage, texts } from './page-kit.js';
import { dedupe } from './pages-heldout220-kit.js';

/**
 * Held-out batch 220, file f2: an interfaith charity's news update on a Webflow CMS site (the announcement bar, the w-nav
 * header with the "Donate" button and the hidden mobile menu button, the category and date above the title, the read time,
 * the w-richtext body with a figure caption and a pull quote, a "Donate" CTA section with a w-form and its hidden "Thank
 * you!" and error messages, "More updates" collection list, the footer and the Finsweet cookie consent banner).
 */
const ifTitle = 'Six Months of the Shared Table: An Update from Our Food Project';
const ifP1 = [
  'In March, Common Ground Interfaith Network opened the Shared Table, a weekly community meal hosted in turn by a church, a mosque, ' +
    'a gurdwara and a synagogue in the Harlow Park neighbourhood. Six months on, we want to tell our supporters what has happened.',
  'In short: more people than we expected, more volunteers than we hoped for, and a few lessons we learned the hard way.',
];
const ifH1 = 'The numbers';
const ifList = [
  '4,380 hot meals served over 26 Thursday evenings',
  '212 volunteers from 9 congregations and 3 local schools',
  '61 percent of guests coming back at least once a month',
  '1.8 tonnes of surplus food collected from local shops and redistributed',
];
const ifH2 = 'What guests tell us';
const ifP2 = [
  'We asked guests in August what the meal means to them. The answer we heard most often was not about food. It was about company. ' +
    'Many of our regular guests live alone, and for some of them Thursday is the only evening of the week they eat with other people.',
  'Guests also told us that moving between four places of worship felt strange at first. Several said they had never been inside a ' +
    'mosque or a gurdwara before. Now they know the way, and know the people who will greet them at the door.',
];
const ifPull = 'I came for the soup. I keep coming because somebody remembers my name.';
const ifH3 = 'What we are changing';
const ifP3 = [
  'The rota has been hard on the smallest congregation, Beth Am, which has fewer than sixty members. From October the synagogue ' +
    'will co-host with St. Luke’s, pooling volunteers, while the meal continues in its own hall.',
  'We are also adding a vegetarian main course every week, so that every guest can eat the same meal whatever their dietary laws. ' +
    'Our Sikh and Hindu volunteers have been generous with recipes.',
  'Finally, we are looking for a part-time coordinator, funded for two years by a grant from the Harlow Park Community Fund. The ' +
    'job description will be posted on our website in October.',
];
const ifP4 = ['Thank you to everyone who has cooked, washed up, donated or simply come and sat down at the table. None of this happens without you.'];
const ifBar = 'Our autumn appeal is live: every £10 provides four hot meals.';
const ifNav = ['About', 'Our Work', 'Get Involved', 'News', 'Contact'];
const ifMeta = ['Project Update', 'September 18, 2025', '5 min read'];
const ifCaption = 'Volunteers from Harlow Park Gurdwara serving dal and rice at the Shared Table in June.';
const ifCta = ['Help us keep the table open', 'A regular gift lets us plan ahead and say yes to every guest.', 'Email', 'Give monthly'];
const ifFormMsgs = ['Thank you! Your submission has been received!', 'Oops! Something went wrong while submitting the form.'];
const ifMore = [
  'More updates',
  'Faith Leaders Plant a Peace Garden at Harlow Park School',
  'Our 2024 Annual Report Is Here',
  'Welcoming Refugee Families This Winter',
];
const ifFoot = ['Common Ground Interfaith Network', 'Registered charity number 1189032', 'Privacy Policy', 'Safeguarding', 'Instagram', 'Facebook'];
const ifCookie = ['We use cookies to analyse site traffic and improve your experience.', 'Accept', 'Deny', 'Preferences'];
const ifHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Thu Sep 18 2025 12:02:41 GMT+0000 -->
<html data-wf-domain="www.commongroundinterfaith.example" data-wf-page="64b2a91c7d3e5f0012ab34cd"
data-wf-site="64b2a91c7d3e5f0012ab3400" data-wf-collection="64b2a91c7d3e5f0012ab3455"
data-wf-item-slug="six-months-of-the-shared-table" lang="en"><head><meta
charset="utf-8"><title>Six Months of the Shared Table: An Update from Our Food Project</title>
<meta content="Six months on, an update on the Shared Table weekly community meal." name="description"><meta content="${ifTitle}" property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/64b2a91c7d3e5f0012ab3400/css/commonground.webflow.shared.8f1e2d.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.example/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body><div class="announcement-bar"><div class="announcement-text">${ifBar}</div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav"><div
class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.example/64b2/logo.svg" loading="lazy"
alt="Common Ground Interfaith Network" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${ifNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="/donate" class="button nav-button w-button">Donate</a></nav><div class="menu-button w-nav-button" aria-label="menu" role="button"
tabindex="0"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section blog-post"><div class="container w-container"><div class="post-header"><div class="post-meta">
<a href="/news-category/project-update" class="category-tag">${ifMeta[0]}</a><div class="post-date">${ifMeta[1]}</div><div
class="meta-divider">·</div><div class="read-time">${ifMeta[2]}</div></div>
<h1 class="post-title">${ifTitle}</h1></div>
<div class="rich-text-block w-richtext">
${ps(ifP1)}
<h2>${ifH1}</h2>
<ul role="list">${ifList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://cdn.prod.website-files.example/64b2/shared-table-june.jpg" loading="lazy" alt=""></div>
<figcaption>${ifCaption}</figcaption></figure>
<h2>${ifH2}</h2>
${ps(ifP2)}
<blockquote>${ifPull}</blockquote>
<h2>${ifH3}</h2>
${ps(ifP3)}
${ps(ifP4)}
</div></div></section>
<section class="section cta-section"><div class="container w-container"><h2 class="cta-heading">${ifCta[0]}</h2><p class="cta-text">${ifCta[1]}</p>
<div class="w-form"><form id="wf-form-Donate-Signup" name="wf-form-Donate-Signup" data-name="Donate Signup" method="get" class="cta-form"><label
for="email" class="field-label">${ifCta[2]}</label>
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="you@example.com" type="email" id="email" required>
<input type="submit" data-wait="Please wait..." class="button w-button" value="Give monthly"><a href="/donate/monthly"
class="button-secondary w-button">${ifCta[3]}</a></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Donate Signup success"><div>${ifFormMsgs[0]}</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Donate Signup failure"><div>${ifFormMsgs[1]}</div></div></div></div></section>
<section class="section more-posts"><div class="container w-container"><h2 class="section-heading">${ifMore[0]}</h2><div class="w-dyn-list"><div
role="list" class="post-grid w-dyn-items">
${ifMore
  .slice(1)
  .map((t) => `<div role="listitem" class="w-dyn-item"><a href="/news/x" class="post-card w-inline-block"><h3 class="card-title">${t}</h3></a></div>`)
  .join('\n')}</div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-brand">${ifFoot[0]}</div><div class="footer-small">${ifFoot[1]}</div>
<div class="footer-links">${ifFoot
  .slice(2)
  .map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`)
  .join('')}</div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">${ifCookie[0]}</div>
<div class="fs-cc-banner_buttons-wrapper"><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">${ifCookie[1]}</a><a fs-cc="deny" href="#"
class="fs-cc-banner_button fs-cc-button-alt w-button">${ifCookie[2]}</a>
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">${ifCookie[3]}</a></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64b2a91c7d3e5f0012ab3400" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.example/64b2a91c7d3e5f0012ab3400/js/webflow.4a1b2c.js" type="text/javascript"></script></body></html>`;
export const charityUpdate: TestPage = {
  html: ifHtml,
  name: 'heldout220-webflow-interfaith-charity-update',
  kind: 'news',
  // the pull quote in the rich text is body; the category, caption, CTA section with its hidden form messages, more-updates
  // list, footer and cookie banner are furniture; the date and read time are bylines
  title: ifTitle,
  headings: [ifH1, ifH2, ifH3],
  body: [...texts(ifP1), ...ifList, ...ifP2, ifPull, ...ifP3, ...ifP4],
  bylines: [ifMeta[1] as string, ifMeta[2] as string],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: dedupe([ifBar, ...ifNav, 'Donate', ifMeta[0] as string, ifCaption, ...ifCta, ...ifFormMsgs, ...ifMore, ...ifFoot, ...ifCookie]),
};
