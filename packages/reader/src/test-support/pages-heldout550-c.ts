import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout550-kit.js';

/**
 * Held-out batch 550, file c: a bathroom designer's case study on Webflow (CMS template page, Finsweet cookie consent) and, in file c2,
 * a kitchen studio's long planning checklist on HubSpot CMS (blog post template, HubSpot cookie banner, CTA and subscribe form).
 */
const fTitle = 'Loft en-suite with a walk-in shower';
const fFacts = ['Location: Holmsby', 'Duration: 4 weeks', 'Budget: £14,000 – £18,000'];
const fHeads = ['The brief', 'What we did', 'The result'];
const fP = [
  j(
    'The owners had converted their loft ten years ago and squeezed in a bath under the eaves that nobody could stand up in.',
    'They wanted a shower they could walk into, somewhere to put things down and a room that did not feel like a cupboard.',
  ),
  j(
    'We took the bath out and set the shower at the tall end of the room, where there is 2.3 metres of head height. The floor was',
    'lowered by 40 mm between the joists so the tray could sit flush, and a single fixed glass panel keeps the space open.',
  ),
  j(
    'Under the low side of the roof we built a run of shallow cupboards with a cantilevered oak shelf above, so the space that used',
    'to hold the bath now holds towels, cleaning things and a laundry basket.',
  ),
  j(
    'The room now feels twice the size. Large pale tiles on the floor and up the shower wall keep the grout lines down, and a',
    'second roof window over the shower means it rarely needs the light on in the day.',
  ),
];
const fMore = ['Family bathroom in a 1930s semi', 'Cloakroom under the stairs'];
const fNav = ['Projects', 'Services', 'Studio', 'Contact'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 10 2026 11:02:41 GMT+0000 -->
<html data-wf-domain="www.saltmarshinteriors.co.uk" data-wf-page="65f1c0a2b3d4e5f6a7b8c9d1" data-wf-site="65f1c0a2b3d4e5f6a7b8c9d0" lang="en"
data-wf-collection="65f1c0a2b3d4e5f6a7b8c9e2" data-wf-item-slug="loft-en-suite-walk-in-shower"><head><meta charset="utf-8">
<title>Loft en-suite with a walk-in shower | Saltmarsh Interiors</title><meta content="A cramped loft bathroom turned into a light en-suite."
name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/65f1c0a2b3d4e5f6a7b8c9d0/css/saltmarsh.webflow.shared.4b2c9e1f0.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div
class="fs-cc-banner_text">By clicking “Accept”, you agree to the
storing of cookies on your device to improve site navigation and analyse site usage. View our <a href="/privacy"
class="fs-cc-banner_text-link">Privacy Policy</a> for more
information.</div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a><a fs-cc="allow" href="#"
class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav"><div
class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/65f1c0a2/saltmarsh-logo.svg" loading="lazy"
alt="Saltmarsh Interiors"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="/contact" class="button nav-button w-button">Start a project</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<main class="main-wrapper"><section class="section-case-hero"><div class="container-large"><div class="case-hero_top">
<a href="/projects" class="back-link w-inline-block"><div>← All projects</div></a><div class="case-hero_category">Bathrooms</div>
<h1 class="heading-style-h1">${fTitle}</h1></div><div class="case-hero_stats w-layout-grid">${fFacts
  .map((t) => `<div class="case-stat"><div class="case-stat_label">${t.split(': ')[0]}:</div><div class="case-stat_value">${t.split(': ')[1]}</div></div>`)
  .join('\n')}</div>
<img src="https://cdn.prod.website-files.com/65f1c0a2/loft-ensuite-hero.jpg" loading="eager" sizes="100vw" alt="" class="case-hero_image"></div></section>
<section class="section-case-body"><div class="container-small"><div class="case-rich-text w-richtext">
<h2>${fHeads[0]}</h2><p>${fP[0]}</p><h2>${fHeads[1]}</h2>${ps(fP.slice(1, 3))}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.com/65f1c0a2/loft-shelf.jpg"
loading="lazy" alt=""></div>
<figcaption>Oak shelf and cupboards under the eaves</figcaption></figure><h2>${fHeads[2]}</h2><p>${fP[3]}</p></div></div></section>
<section class="section-more-projects"><div class="container-large"><h2 class="heading-style-h3">More projects</h2><div class="w-dyn-list"><div role="list"
class="more-grid w-dyn-items">
${fMore
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/projects/${t.length}" class="project-card w-inline-block"><div
class="project-card_title">${t}</div></a></div>`,
  )
  .join('\n')}
</div></div></div></section>
<section class="section-cta"><div class="container-large"><h2 class="cta_heading">Thinking about a new bathroom?</h2>
<p class="cta_text">Tell us about your room and we will call you back within two working days.</p><a href="/contact"
class="button w-button">Get in touch</a></div></section></main>
<footer class="footer"><div class="container-large"><div class="footer_grid w-layout-grid"><div
class="footer_text">Saltmarsh Interiors<br>12 Quay Row, Holmsby HL1 4EJ</div>
<div class="footer_links">${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="footer_link">${t}</a>`).join('')}<a href="/privacy"
class="footer_link">Privacy Policy</a></div></div>
<div class="footer_legal">© 2026 Saltmarsh Interiors Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1c0a2b3d4e5f6a7b8c9d0" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/65f1c0a2b3d4e5f6a7b8c9d0/js/webflow.8c1a2f3e.js" type="text/javascript"></script></body></html>`;
const webflowCase: TestPage = {
  name: 'heldout550-webflow-case-study',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fHeads,
  body: texts([...fFacts, ...fP]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    j(
      'By clicking “Accept”, you agree to the storing of cookies on your device to improve site navigation and',
      'analyse site usage. View our Privacy Policy for more information.',
    ),
    'Preferences', 'Deny', 'Accept', ...fNav, 'Start a project', '← All projects', 'Bathrooms', 'Oak shelf and cupboards under the eaves', 'More projects',
    ...fMore,
    'Thinking about a new bathroom?', 'Tell us about your room and we will call you back within two working days.', 'Get in touch', 'Saltmarsh Interiors',
    '12 Quay Row, Holmsby HL1 4EJ', 'Privacy Policy', '© 2026 Saltmarsh Interiors Ltd',
  ],
};

export const HELDOUT550_C: readonly TestPage[] = [webflowCase];
