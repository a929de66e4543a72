import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, tidy } from './pages-heldout498-kit.js';

/**
 * Held-out batch 498, file d2: a wellness centre's aqua classes page on Webflow (navbar, rich text, a CMS collection list of
 * classes, a newsletter form with Webflow's hidden success and error messages).
 */
const fTitle = 'Aqua classes';
const fIntro = [
  j(
    'Water takes the weight off your joints, so aqua classes are a gentle way to build strength and fitness whatever your age. All',
    'classes run in our 1.2 metre deep teaching pool, heated to 31°C, and you do not need to be a strong swimmer to join in.',
  ),
];
const fClasses: [string, string, string][] = [
  [
    'Aqua Zumba',
    'Mondays and Thursdays, 6:30pm · 45 minutes · All levels',
    'Latin rhythms and simple dance moves in the water. Loud, cheerful and surprisingly hard work for the legs.',
  ],
  [
    'Aquanatal',
    'Wednesdays, 11am · 40 minutes · From 14 weeks pregnant',
    j('A calm class for mums-to-be, taught by an instructor with pre- and postnatal training. Please bring a note from your midwife', 'to your first session.'),
  ],
  [
    'Aqua Joints',
    'Tuesdays and Fridays, 10am · 45 minutes · Gentle',
    j(
      'Slow, controlled movements to ease stiffness, designed with local physiotherapists for people living with arthritis or',
      'recovering from joint surgery.',
    ),
  ],
  [
    'Deep Water Running',
    'Saturdays, 8am · 30 minutes · Advanced',
    'Running in the deep end with a float belt. A favourite with runners coming back from injury. Float belts are provided.',
  ],
];
const fAfter = [
  j(
    'Classes cost £7.50, or £5 for Saltwater members. Places can be booked up to seven days ahead through the app or at reception.',
    'If you cancel less than two hours before a class, the place is charged.',
  ),
];
const fNav = ['Pool', 'Spa', 'Classes', 'Memberships', 'Visit'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Fri Nov 27 2026 10:14:55 GMT+0000 -->
<html data-wf-domain="www.saltwaterwellness.co.uk" data-wf-page="6512a0c4e3b1f20a7d8e4c19" data-wf-site="6512a0c4e3b1f20a7d8e4bf0" lang="en"><head>
<meta charset="utf-8"/><title>Aqua Classes | Saltwater Wellness Centre</title><meta
content="Gentle and energetic aqua fitness classes in our warm teaching pool."
name="description"/><meta content="Aqua Classes | Saltwater Wellness Centre" property="og:title"/><meta content="width=device-width, initial-scale=1"
name="viewport"/>
<meta content="Webflow" name="generator"/><link href="https://cdn.prod.website-files.com/6512a0c4e3b1f20a7d8e4bf0/css/saltwater.webflow.shared.4f1c2a.min.css"
rel="stylesheet" type="text/css"/><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||
o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-4X2Q9PLM1C"></script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img
src="https://cdn.prod.website-files.com/6512a0c4e3b1f20a7d8e4bf0/6512a1_logo.svg"
loading="lazy" alt="Saltwater Wellness Centre" class="logo"/></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link${t === 'Classes' ? ' w--current' : ''}">${t}</a>`).join('\n')}
<a href="/book" class="nav-button w-button">Book now</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-small"><div class="container w-container"><div class="eyebrow">Classes</div><h1 class="heading-xl">${fTitle}</h1>
<div class="hero-intro w-richtext">${ps(fIntro)}</div></div></section>
<section class="section"><div class="container w-container"><h2 class="heading-l">This term’s timetable</h2>
<div class="w-dyn-list"><div role="list" class="class-grid w-dyn-items">
${fClasses
  .map(
    (c) => `<div role="listitem" class="class-card w-dyn-item"><img src="https://cdn.prod.website-files.com/6512a1/${c[0].replace(/ /g, '-').toLowerCase()}.jpg"
loading="lazy" alt="" class="class-card-image"/><div class="class-card-body"><h3 class="heading-s">${c[0]}</h3><div class="class-meta">${c[1]}</div>
<p class="paragraph-small">${c[2]}</p><a href="/book?class=${c[0].replace(/ /g, '-').toLowerCase()}" class="text-link">Book this class →</a></div></div>`,
  )
  .join('\n')}
</div></div>
<div class="rich-text-block w-richtext"><h2>Prices and booking</h2>${ps(fAfter)}</div></div></section>
<section class="section cta-section"><div class="container w-container"><div class="cta-box"><h2 class="heading-m">Stay in the loop</h2>
<p class="paragraph">New classes and pool news, straight to your inbox.</p><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form"
method="get"
class="newsletter-form" aria-label="Email Form"><input class="text-field w-input" maxlength="256" name="email" data-name="Email"
placeholder="Your email address"
type="email" id="email" required=""/><input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Subscribe"/></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></div>
</section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-col"><div
class="footer-heading">Saltwater Wellness Centre</div>
<p class="footer-text">2 Promenade Road, Kellsea KL8 1AA</p><p class="footer-text">Open 6:30am to 10pm every day</p></div>
<div class="footer-col"><div class="footer-heading">Explore</div>${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`).join('')}</div>
<div class="footer-col"><div class="footer-heading">Follow us</div><a href="https://instagram.com/" class="footer-link">Instagram</a>
<a href="https://facebook.com/" class="footer-link">Facebook</a></div></div><div class="footer-bottom"><div>© 2026 Saltwater Wellness Centre</div>
<a href="/privacy" class="footer-link">Privacy</a></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6512a0c4e3b1f20a7d8e4bf0" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/6512a0c4e3b1f20a7d8e4bf0/js/webflow.2c8e1a.js" type="text/javascript"></script></body></html>`;
const aqua: TestPage = {
  name: 'heldout498-webflow-aqua-classes',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['This term’s timetable', ...fClasses.map((c) => c[0]), 'Prices and booking'],
  body: texts([...fIntro, ...fClasses.flatMap((c) => [c[1], c[2]]), ...fAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book now', 'Book this class →', 'Stay in the loop', 'New classes and pool news, straight to your inbox.', 'Saltwater Wellness Centre',
    '2 Promenade Road, Kellsea KL8 1AA', 'Open 6:30am to 10pm every day', 'Explore', 'Follow us', 'Instagram', 'Facebook',
    '© 2026 Saltwater Wellness Centre', 'Privacy',
  ],
};

export const HELDOUT498_D2: readonly TestPage[] = [aqua].map(tidy);
