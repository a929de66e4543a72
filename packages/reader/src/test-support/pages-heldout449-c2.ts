import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout449-kit.js';

/**
 * Held-out batch 449, file c2: a freelance copywriter's profile page built with Webflow (w-nav navbar with its menu
 * button, a hero with the h1 and call-to-action buttons, a w-richtext about block, a services grid of cards, a client logo
 * strip, a w-slider of testimonials, a w-form newsletter with its success and failure messages, the footer and the
 * "Made in Webflow" badge).
 */
const title = 'I write the words that make software feel human.';
const h = ['About me', 'What I do', 'Product copy and UX writing', 'Launch campaigns', 'Voice and tone guides', 'How a project runs'];
const hero = ['Freelance copywriter for software companies, working from Vesterby and with teams across Europe since 2016.'];
const about = [
  j(
    'My name is Casimir Idowu-Lund. I started out as a support agent at a payroll startup, answering the same confused emails',
    'every morning. Most of them were not about bugs at all; they were about buttons that said one thing and did another. I began',
    'rewriting the help texts in my lunch breaks, and the emails slowly stopped.',
  ),
  j(
    'Since then I have written interfaces, onboarding flows and launch pages for about forty software companies, from',
    'two-person teams to a bank with its own brand police. I work best inside product teams, in their tools, in their standups.',
  ),
];
const services = [
  j(
    'Button labels, empty states, error messages and onboarding. I audit what you have, write what is missing and leave',
    'a content spreadsheet your developers can actually use.',
  ),
  j(
    'Landing pages, release notes and the email sequence for a new product or feature, written with your product marketing',
    'team and tested on real customers before the launch date.',
  ),
  j(
    'A short, practical guide to how your product talks, with before-and-after examples from your own screens, so new writers',
    'and designers stay on voice without asking me.',
  ),
];
const steps = [
  'A free thirty-minute call to see whether I am the right person for the job.',
  'A one-page proposal with a fixed price and a schedule, usually within two days.',
  'Two rounds of writing and review, inside your design files or your repository.',
  'A handover session and thirty days of small fixes at no extra cost.',
];
const close = [
  j(
    'I take on two projects at a time, so I can answer messages on the day they arrive. The next free slot is in May; projects',
    'for later in the year can be booked now.',
  ),
];
const nav = ['Work', 'About', 'Services', 'Journal', 'Contact'];
const quotes: [string, string][] = [
  ['“Our support tickets about billing dropped by a third after Casimir rewrote the plan pages.”', 'Hedda Sorum, Head of Product, Ledgerline'],
  ['“He found the words our designers had been looking for for two years.”', 'Rafael Oyelaran, Design Director, Pinwheel Maps'],
];
const logos = ['Ledgerline', 'Pinwheel Maps', 'Northcap Bank', 'Sorrel'];
const html = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 10 2026 09:12:44 GMT+0000
(Coordinated Universal Time) --><html data-wf-domain="www.casimirwrites.example" data-wf-page="65a1c2e4f0b9d3a1c8e7f101" data-wf-site="65a1c2e4f0b9d3a1c8e7f0ff"
lang="en"><head><meta charset="utf-8"/><title>Casimir Idowu-Lund — Freelance copywriter for software</title>
<meta content="Freelance UX writer and copywriter for software companies." name="description"/><meta content="Casimir Idowu-Lund — Freelance copywriter"
property="og:title"/><meta property="og:type" content="website"/><meta content="summary_large_image" name="twitter:card"/>
<meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/>
<link href="https://assets-global.website-files.example/65a1c2e4f0b9d3a1c8e7f0ff/css/casimirwrites.webflow.9c1f2a.min.css" rel="stylesheet" type="text/css"/>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://assets-global.website-files.example/65a1c2e4f0b9d3a1c8e7f0ff/favicon.png" rel="shortcut icon" type="image/x-icon"/></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav"><div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand w--current"><div
class="brand-text">Casimir Writes</div></a><nav role="navigation" class="nav-menu w-nav-menu">
${nav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero"><div class="w-layout-blockcontainer container-large w-container"><div class="hero-wrapper"><div class="hero-split">
<div class="eyebrow">Available from May 2026</div><h1 class="heading-hero">${title}</h1>
${ps(hero, ' class="paragraph-large"')}
<div class="button-row"><a href="/contact" class="button-primary w-button">Book a call</a><a href="/work" class="button-secondary w-button">See case
studies</a></div></div><div class="hero-split"><img src="https://assets-global.website-files.example/65a1c2e4f0b9d3a1c8e7f0ff/casimir-portrait.webp"
loading="lazy" sizes="(max-width: 479px) 93vw, 45vw" alt="Portrait of Casimir" class="hero-image"/></div></div></div></section>
<section class="section-logos"><div class="w-container"><div class="logos-title">Trusted by teams at</div><div class="w-layout-grid logo-grid">
${logos.map((l) => `<div class="logo-item">${l}</div>`).join('')}</div></div></section>
<section id="about" class="section"><div class="w-container"><h2 class="heading-2">${h[0]}</h2><div class="rich-text-block w-richtext">
${ps(about)}
</div></div></section>
<section id="services" class="section bg-light"><div class="w-container"><h2 class="heading-2">${h[1]}</h2><div class="w-layout-grid services-grid">
${services
  .map(
    (s, i) => `<div id="w-node-_${i}c4-0a7b" class="service-card"><h3 class="heading-3">${h[i + 2]}</h3><p class="paragraph">${s}</p>
</div>`,
  )
  .join('\n')}
</div></div></section>
<section class="section"><div class="w-container"><h2 class="heading-2">${h[5]}</h2><div class="rich-text-block w-richtext"><ol role="list">
${lis(steps)}
</ol>
${ps(close)}
</div></div></section>
<section class="section-testimonials"><div data-delay="4000" data-animation="slide" class="testimonial-slider w-slider" data-autoplay="false"
data-easing="ease" data-hide-arrows="false" data-disable-swipe="false" data-autoplay-limit="0" data-nav-spacing="3" data-duration="500" data-infinite="true"
role="region" aria-label="carousel"><div class="w-slider-mask" id="w-slider-mask-0">
${quotes
  .map(
    ([q, who], i) => `<div class="w-slide" aria-label="${i + 1} of 2" role="group"><div class="testimonial-card"><div class="testimonial-quote">${q}</div>
<div class="testimonial-name">${who}</div></div></div>`,
  )
  .join('\n')}
</div><div class="left-arrow w-slider-arrow-left"><div class="w-icon-slider-left"></div></div><div class="right-arrow w-slider-arrow-right"><div
class="w-icon-slider-right"></div></div><div class="slide-nav w-slider-nav w-round"></div></div></section>
<section class="section-newsletter"><div class="w-container"><h2 class="heading-2">Notes on writing for software</h2><p>One short email a month with a
before-and-after rewrite. Unsubscribe any time.</p><div class="w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter"
method="get" class="newsletter-form" data-wf-page-id="65a1c2e4f0b9d3a1c8e7f101" data-wf-element-id="a1c8e7f1"><input class="text-field w-input"
maxlength="256" name="email" data-name="Email" placeholder="Your email" type="email" id="email" required=""/><input type="submit" data-wait="Please
wait..." class="button-primary w-button" value="Subscribe"/></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success">
<div>Thank you! Your submission has been received!</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure">
<div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="w-container"><div class="footer-grid"><div class="footer-brand">Casimir Writes</div><div class="footer-links">
<a href="mailto:hello@casimirwrites.example" class="footer-link">hello@casimirwrites.example</a><a href="https://www.linkedin.example/in/casimir"
class="footer-link">LinkedIn</a><a href="/imprint" class="footer-link">Imprint</a><a href="/privacy" class="footer-link">Privacy</a></div></div>
<div class="footer-copy">© 2026 Casimir Idowu-Lund, Vesterby</div></div></footer>
<a class="w-webflow-badge" href="https://webflow.com?utm_campaign=brandjs"><img src="https://d3e54v103j8qbb.cloudfront.example/img/webflow-badge-icon.svg"
alt="" style="margin-right: 4px; width: 26px;"/><img src="https://d3e54v103j8qbb.cloudfront.example/img/webflow-badge-text.svg" alt="Made in Webflow"/></a>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1c2e4f0b9d3a1c8e7f0ff" type="text/javascript"></script>
<script src="https://assets-global.website-files.example/65a1c2e4f0b9d3a1c8e7f0ff/js/webflow.4b2d81c6e.js" type="text/javascript"></script></body></html>`;
export const webflow: TestPage = {
  name: 'heldout449-webflow-blog',
  kind: 'blog',
  html,
  title,
  headings: h,
  body: texts([...hero, ...about, ...services, ...steps, ...close]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Casimir Writes', ...nav, 'Available from May 2026', 'Book a call', 'See case studies', 'Trusted by teams at', ...logos, ...quotes.flat(),
    'Notes on writing for software', 'One short email a month with a before-and-after rewrite. Unsubscribe any time.',
    'Thank you! Your submission has been received!', 'Oops! Something went wrong while submitting the form.', 'hello@casimirwrites.example', 'LinkedIn',
    'Imprint', 'Privacy', '© 2026 Casimir Idowu-Lund, Vesterby',
  ],
};
