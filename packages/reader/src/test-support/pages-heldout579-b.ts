import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout579-kit.js';

/**
 * Held-out batch 579, file b: a dog boarding "first stay" checklist on Wix (free plan, with the Wix ad banner), and a cattery's
 * boarding FAQ on Webflow with an enquiry form and a newsletter form.
 */
const xTitle = "Your Dog's First Stay: A Checklist";
const xIntro = j(
  "A first night away from home is a big step, for your dog and for you. Here's everything we ask you to do before drop-off,",
  'and what to pack, so check-in takes five minutes instead of twenty.',
);
const xBefore = [
  'Book a free Meet &amp; Greet at least one week before the stay, so we can see how your dog does in a playgroup.',
  'Send us vaccination records for rabies, DHPP and Bordetella. Email is fine: records@barkandbunkhouse.com',
  'Start your dog on flea and tick prevention at least 48 hours before check-in.',
  'Fill in the online pet profile, including feeding times, medications and your vet’s phone number.',
];
const xPack = [
  'Food for every meal, plus two extra, portioned in zip bags and labeled with your dog’s name',
  'Medications in their original bottles, with written instructions',
  'A leash and a flat collar with ID tags (no prong or choke collars, please)',
  'One small item that smells like home, such as a t-shirt you have slept in',
];
const xLeave = [
  'Beds and big blankets (we provide washable bedding)',
  'Food and water bowls',
  'Rawhides and bully sticks, which are not allowed in our playgroups',
];
const xDrop = j(
  'Keep goodbyes short and cheerful. Dogs pick up on our mood, and a quick hand-off is easier on them than a long farewell.',
  'We send a photo on the first evening of every first stay, so you can see them settled in.',
);
const xHeads = ['Two weeks before', 'What to pack', 'Please leave at home', 'At drop-off'];
const xNav = ['Home', 'Boarding', 'Daycare', 'First Stay', 'Pricing', 'Contact'];
const xFoot = [
  'Bark &amp; Bunkhouse',
  '2250 Old Mill Road, Carrow Springs, TN 37022',
  '(615) 555-0187',
  '© 2026 by Bark &amp; Bunkhouse. Proudly created with Wix.com',
];
const rt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 lq2cno YQcXTT comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string, tag = 'p', cls = 'font_8'): string =>
  `<${tag} class="${cls} wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></${tag}>`;
const wul = (items: readonly string[]): string =>
  `<ul class="font_8 wixui-rich-text__text">${items.map((t) => `<li class="wixui-rich-text__text">${wp(t)}</li>`).join('')}</ul>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>First Stay | Bark &amp; Bunkhouse</title>
<meta name="description" content="What to do before your dog's first boarding stay and what to pack.">
<link rel="canonical" href="https://barkbunkhouse.wixsite.com/home/first-stay"><meta property="og:site_name" content="Bark &amp; Bunkhouse">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager"],"site":{"metaSiteId":"8f1c"}}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:#FFFFFF;}#comp-lx4k2a1{width:620px;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="WIX_ADS" class="czJOIz ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live"
target="_blank" rel="nofollow" class="mtmsF1"><span class="zhD7aU">This site was designed with the <span class="Ms6tM3">Wix</span>.com website builder.
Create your website today.</span><span class="Vt6v2D">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><div id="SKIP_TO_CONTENT_BTN" class="LHrbPP" role="region"
aria-label="Skip to Main Content">
<button class="LHrbPP" data-testid="skipToContentButton">Skip to Main Content</button></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBgCenter"></div></div>
<div class="U4Bvut"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
${rt('kq1bz8m', wp('Bark &amp; Bunkhouse', 'p', 'font_0'))}
<nav id="comp-kq1c04x" aria-label="Site" class="comp-kq1c04x wixui-dropdown-menu hidden-during-prewarmup"><ul class="ItHN0z" role="menubar">
${xNav
  .map(
    (t) => `<li id="comp-kq1c04x${t.replace(/ /g, '')}" class="wixui-dropdown-menu__item"><a data-testid="linkElement"
href="https://barkbunkhouse.wixsite.com/home/${t.toLowerCase().replace(/ /g, '-')}"
class="UiHgGh" aria-current="${t === 'First Stay' ? 'page' : 'false'}"><div class="yRj2ms"><p class="JS76Uv">${t}</p></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="aw4mf" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containeraw4mf"
class="Containeraw4mf SPY_vo">
<section id="comp-lx4k1s0" tabindex="-1" class="Oqnisf comp-lx4k1s0 wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lx4k1s0inlineContent" data-testid="inline-content" class="">
${rt('lx4k2a1', wp(xTitle, 'h1', 'font_0'))}
${rt('lx4k2b7', wp(xIntro))}
<div id="comp-lx4k3c0" class="MW5IWV comp-lx4k3c0 wixui-image"><div data-testid="linkElement"
class="j7pOnl"><img src="https://static.wixstatic.com/media/c8f2e1_bunkhouse-run.jpg/v1/fill/w_620,h_360/bunkhouse-run.jpg"
alt="A beagle resting in a boarding suite" style="width:620px;height:360px;object-fit:cover"></div></div>
${rt('lx4k4d2', `${wp(at(xHeads, 0), 'h2', 'font_2')}${wul(xBefore)}`)}
${rt('lx4k5e9', `${wp(at(xHeads, 1), 'h2', 'font_2')}${wul(xPack)}`)}
${rt('lx4k6f3', `${wp(at(xHeads, 2), 'h2', 'font_2')}${wul(xLeave)}`)}
${rt('lx4k7a8', `${wp(at(xHeads, 3), 'h2', 'font_2')}${wp(xDrop)}`)}
<div class="comp-lx4k8b1 R6ex7N" id="comp-lx4k8b1" aria-disabled="false"><a data-testid="linkElement" href="https://barkbunkhouse.wixsite.com/home/book-online"
class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Book a Meet &amp; Greet</span></a></div>
</div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-mesh-id="SITE_FOOTERinlineContent"
data-testid="inline-content">
${rt('kq1d7y2', `${wp(at(xFoot, 0), 'p', 'font_7')}${wp(at(xFoot, 1), 'p', 'font_9')}${wp(at(xFoot, 2), 'p', 'font_9')}`)}
${rt('kq1d8z0', wp(at(xFoot, 3), 'p', 'font_9'))}
</div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" role="region" tabindex="-1"
aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.ae3f1c0b.bundle.min.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout579-wix-first-stay',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: xHeads,
  body: texts([xIntro, ...xBefore, ...xPack, ...xLeave, xDrop]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Skip to Main Content',
    ...texts(xFoot), ...xNav.filter((t) => t !== 'First Stay' && t !== 'Home'), 'Book a Meet & Greet',
  ],
};

const fTitle = 'Boarding your cat at Whisker Hollow';
const fDek = 'Answers to the questions we hear most from first-time guests, from vaccines to what a day in the cattery looks like.';
const fQa: [string, string[]][] = [
  [
    'Which vaccinations does my cat need?',
    [
      j(
        'Every cat must be up to date on FVRCP and rabies, given at least 10 days before arrival. Kittens must have finished their',
        'kitten series. We also ask that cats be treated for fleas within 30 days of the stay.',
      ),
    ],
  ],
  [
    'Are dogs kept nearby?',
    [
      j(
        'No. Whisker Hollow is cats only. Our building sits on its own lot, and the nearest dog is the farm collie next door, who is',
        'not allowed past the fence.',
      ),
    ],
  ],
  [
    'What is a day like in the cattery?',
    [
      j(
        'Breakfast is at 7:30 and dinner at 5. In between, each cat gets a play and cuddle session in our sunroom, on their own',
        'or with their housemates, never with strangers. Quiet hours start at 8 pm.',
      ),
      j(
        'Shy cats can opt out of the sunroom and get their time in their own suite, with a wand toy and a staff member who sits',
        'and reads nearby until they come out.',
      ),
    ],
  ],
  [
    'How big are the suites?',
    [
      j(
        'Our Classic suites are 3 ft wide and 5 ft tall on three levels. Our Garden suites are twice as wide, with a window',
        'onto the bird feeders, and can take up to three cats from the same home.',
      ),
    ],
  ],
  [
    'Can I bring my cat’s own food and litter?',
    [
      j(
        'Yes, and we recommend it: a sudden change of food is the most common cause of an upset stomach. We stock unscented',
        'clumping litter, but if your cat is fussy, bring a bag of theirs.',
      ),
    ],
  ],
  [
    'What if my cat gets sick?',
    [
      j(
        'We check every cat’s eating, drinking and litter box twice a day. If something is off, we call you first and then',
        'your vet. If your vet is closed, we use Larch Valley Animal Hospital, ten minutes away.',
      ),
    ],
  ],
];
const fNav = ['Home', 'Suites', 'Rates', 'FAQ', 'Contact'];
const fFoot = ['Whisker Hollow Cattery', '61 Fenwick Lane, Larch Valley, VT 05743', 'Open daily 8–11 am and 4–6 pm', 'Privacy', 'Terms'];
const fQaHtml = fQa
  .map(
    ([q, as]) => `<div class="faq-item"><div class="faq-question"><h3 class="faq-heading">${q}</h3><div class="faq-icon w-embed"><svg width="16" height="16"
viewBox="0 0 16 16"><path d="M8 1v14M1 8h14"
stroke="currentColor"/></svg></div></div><div class="faq-answer"><div class="faq-rich-text w-richtext">${ps(as)}</div></div></div>`,
  )
  .join('\n');
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Sep 15 2026 09:12:44 GMT+0000 -->
<html data-wf-domain="www.whiskerhollowcattery.com" data-wf-page="64f1a2b3c4d5e6f708192a3b" data-wf-site="64f1a2b3c4d5e6f708192a30" lang="en">
<head><meta charset="utf-8"><title>FAQ | Whisker Hollow Cattery</title><meta content="Answers to common questions about boarding your cat." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/64f1a2b3c4d5e6f708192a30/css/whisker-hollow.webflow.3f2a1c.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"Which vaccinations does my cat need?"}]}</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/"
class="brand w-nav-brand"><img src="https://assets-global.website-files.com/64f1a2b3c4d5e6f708192a30/logo.svg" loading="lazy"
alt="Whisker Hollow Cattery" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav
  .map(
    (t) => `<a href="/${t === 'Home' ? '' : t.toLowerCase()}"
class="nav-link w-nav-link${t === 'FAQ' ? ' w--current' : ''}"${t === 'FAQ' ? ' aria-current="page"' : ''}>${t}</a>`,
  )
  .join('')}
<a href="/book" class="button nav-button w-button">Book a Suite</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero small"><div class="container w-container"><div class="hero-text-wrap"><div class="eyebrow">FAQ</div>
<h1 class="heading-hero">${fTitle}</h1><p class="paragraph-large">${fDek}</p></div></div></section>
<section class="section-faq"><div class="container narrow w-container"><div class="faq-list">
${fQaHtml}
</div></div></section>
<section class="section-cta"><div class="container w-container"><div class="cta-wrap"><h2 class="heading-cta">Still have a question?</h2>
<p class="paragraph-cta">Send us a note and we'll get back to you within a day.</p>
<div class="form-block w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="contact-form" aria-label="Email Form">
<label for="name" class="field-label">Name</label><input class="text-field w-input" maxlength="256" name="name" data-name="Name" type="text" id="name">
<label for="email" class="field-label">Email</label><input class="text-field w-input" maxlength="256" name="email" data-name="Email" type="email"
id="email" required="">
<label for="question" class="field-label">Your question</label><textarea id="question" name="question" maxlength="5000" data-name="Question"
class="textarea w-input"></textarea>
<input type="submit" data-wait="Please wait..." class="button w-button" value="Send"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region"
aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div></div>
</div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div class="footer-brand"><div
class="footer-name">${at(fFoot, 0)}</div>
<div class="footer-text">${at(fFoot, 1)}</div><div class="footer-text">${at(fFoot, 2)}</div></div>
<div class="footer-newsletter"><div class="footer-heading">Cat notes, once a month</div><div class="w-form"><form id="wf-form-Newsletter"
name="wf-form-Newsletter"
data-name="Newsletter" method="get" class="newsletter-form"><input class="newsletter-field w-input" maxlength="256" name="Email" placeholder="Your email"
type="email"
id="Email-2" required=""><input type="submit" class="button small w-button" value="Subscribe"></form>
<div class="w-form-done"><div>Thanks for signing up!</div></div><div class="w-form-fail"><div>Something went wrong. Please try
again.</div></div></div></div></div>
<div class="footer-bottom"><div class="footer-copy">© 2026 Whisker Hollow Cattery</div><div class="footer-links">
<a href="/privacy" class="footer-link">${at(fFoot, 3)}</a><a href="/terms" class="footer-link">${at(fFoot, 4)}</a></div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64f1a2b3c4d5e6f708192a30" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/64f1a2b3c4d5e6f708192a30/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout579-webflow-cattery-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fQa.map(([q]) => q),
  body: texts([fDek, ...fQa.flatMap(([, as]) => as)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav.filter((t) => t !== 'FAQ' && t !== 'Suites'), 'Book a Suite', 'FAQ', 'Still have a question?',
"Send us a note and we'll get back to you within a day.", 'Name', 'Email',
    'Your question', ...fFoot, 'Cat notes, once a month', '© 2026 Whisker Hollow Cattery',
  ],
};

export const HELDOUT579_B: readonly TestPage[] = [wix, webflow];
