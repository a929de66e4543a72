import { links, ps, type TestPage, texts } from './page-kit.js';
import { wikiEntry } from './pages-heldout327-b2.js';
import { j } from './pages-heldout327-kit.js';

/**
 * Held-out batch 327, file b: a translation agency's blog article on HubSpot CMS (hs_cos_wrapper modules, the HubSpot cookie
 * banner, a mega-menu header with a "Get a quote" button, author and date meta, a CTA button inside the body, a blockquote,
 * the subscribe form, topic tags, "Related posts" and a footer with offices) and, from file b2, a dictionary entry on a
 * MediaWiki wiki with the Vector 2022 skin.
 */
const tTitle = 'Translating medical device labels for the Nordic market: five lessons from 2025';
const tIntro = [
  j(
    'Last year our life sciences team translated the labelling for 31 medical devices into Swedish, Danish, Norwegian, Finnish and',
    'Icelandic. Most projects went smoothly. A few did not, and every one of those taught us something we now build into our quotes.',
  ),
  'Here are the five lessons we would pass on to any manufacturer planning a Nordic launch.',
];
const tL1 = [
  j(
    'A label has very little room, and the Nordic languages do not share the same length. Finnish instructions ran, on average,',
    '28 percent longer than the English source; Danish ran about 6 percent longer. A layout that fits English and Danish can still break',
    'in Finnish, so we now ask for the longest target language to be typeset first.',
  ),
];
const tL2 = [
  j(
    'It is tempting to send the Norwegian files to a Danish linguist, or to treat Swedish in Finland as the same market as Sweden.',
    'Regulators and clinicians notice. One hospital buyer in Tromsø returned a whole shipment of infusion sets because the dosage',
    'warning used a Danish spelling that a Norwegian nurse could misread.',
  ),
];
const tL3 = ['Every device family should have an approved glossary before the first word is translated. Ours now include:'];
const tL3List = [
  'the product names and whether they are translated at all',
  'all warning words, such as the local equivalents of Caution and Danger',
  'units, decimal separators and date formats for each country',
  'terms the manufacturer has already registered with a notified body',
];
const tL4 = [
  j(
    'A second linguist checks every label against the source, but we also ask a practising nurse or technician in each country to read',
    'the instructions as a user would. Their notes are rarely about grammar. They are about whether the steps make sense in the order',
    'a tired person would follow them at three in the morning.',
  ),
];
const tQuote = [
  j(
    'The translation was correct. What the reviewer caught was that our English source told people to press a button that, on the',
    'Nordic model, is a switch.',
  ),
];
const tL5 = [
  j(
    'Regulations change, and so do the devices. We keep every approved label in a translation memory with its approval date, so that',
    'when a manufacturer updates one warning, we can change the same sentence across five languages and twelve products in one pass and',
    'show the auditor exactly what moved.',
  ),
  j(
    'None of these lessons is new to anyone who has worked in regulated translation. What 2025 showed us is how much cheaper they are',
    'when they are agreed at the start rather than discovered at the printer.',
  ),
];
const tNav = ['Services', 'Industries', 'Technology', 'About us', 'Blog'];
const tTags = ['Life sciences', 'Nordic localisation', 'Quality assurance'];
const tRel = [
  'How we test machine translation before we trust it',
  'A short guide to Icelandic for product teams',
  'What a translation memory can and cannot do',
];
const tFoot = ['Stockholm', 'Aarhus', 'Tampere', 'Privacy policy', 'Quality certificates', 'Careers'];
const tHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${tTitle}</title>
<meta name="description" content="Five lessons from a year of translating medical device labels into the Nordic languages.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.fjordline-translations.example/blog/medical-device-labels-nordic">
<link rel="stylesheet" href="//7421903.fs1.hubspotusercontent-na1.example/hubfs/hub_generated/template_assets/1/blog-post.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${tTitle}","datePublished":"2026-01-20",
"author":{"@type":"Person","name":"Signe Halvorsrud"}}</script>
<script>var hsVars = {render_id: "c0f7a3e1", ticks: 1768900000000, page_id: 18830411250, content_group_id: 5529104433, portal_id: 7421903,
app_hs_base_url: "https://app.hubspot.example", cp_hs_base_url: "https://cp.hubspot.example", language: "en"};</script></head>
<body><div class="body-wrapper hs-content-id-18830411250 hs-blog-post hs-blog-id-5529104433">
<div data-global-resource-path="fjordline/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to
content</a>
<div class="header__container content-wrapper"><div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_logo"><a href="/" id="hs-link-site_logo"><img src="/hubfs/fjordline-logo.svg" alt="Fjordline Translations"></a></span></div>
<div class="header__menu"><span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><nav
class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">${links(tNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}
</ul></nav></span></div>
<div class="header__button"><a class="button" href="/get-a-quote">Get a quote</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${tTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/signe-halvorsrud" rel="author">Signe Halvorsrud</a>
<time datetime="2026-01-20 09:00:00" class="blog-post__timestamp">Jan 20, 2026 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps(tIntro)}
<h2>1. Plan for the longest language, not the average</h2>
${ps(tL1)}
<h2>2. Norwegian is not Danish, and Finland is two markets</h2>
${ps(tL2)}
<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-9b1e"><span class="hs-cta-node hs-cta-9b1e" id="hs-cta-9b1e"><a
href="https://cta-redirect.hubspot.example/cta/redirect/7421903/9b1e" class="cta_button">Download our Nordic labelling checklist</a></span></span>
<!-- end HubSpot Call-to-Action Code -->
<h2>3. Lock the terminology before translation starts</h2>
${ps(tL3)}
<ul>${tL3List.map((i) => `<li>${i}</li>`).join('\n')}</ul>
<h2>4. Review with a user, not only a linguist</h2>
${ps(tL4)}
<blockquote>${ps(tQuote)}</blockquote>
<h2>5. Keep the history of every label</h2>
${ps(tL5)}
</span></div>
<div class="blog-post__tags"><svg class="blog-post__tags-icon" viewBox="0 0 16 16"></svg>${tTags
  .map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase().replace(/ /g, '-')}" rel="tag">${t}</a>`)
  .join(', ')}</div>
</article>
<section class="blog-post__subscribe"><span id="hs_cos_wrapper_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_blog_subscribe"><h3 id="hs_cos_wrapper_blog_subscribe_title" class="hs_cos_wrapper form-title">Subscribe to Language Matters</h3>
<div id="hs_form_target_blog_subscribe_2210"><form class="hs-form"><label for="email-2210">Email<span class="hs-form-required">*</span></label><input
id="email-2210" type="email" name="email"><input type="submit" class="hs-button primary large" value="Subscribe"></form></div></span></section>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${tRel
  .map(
    (r) => `<div class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="#">${r}</a></h3></div>`,
  )
  .join('\n')}</div></section>
</div></div></main>
<div data-global-resource-path="fjordline/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<ul class="footer__links">${links(tFoot)}</ul><p class="footer__legal">Fjordline Translations AB · ISO 17100 certified · Org. nr 559123-4410</p>
</div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner"><div
id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies on your
computer. These cookies are used to improve your website experience and provide more personalized services to you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button"
href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script>var hsVars = hsVars || {}; hsVars['language'] = 'en';</script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.example/7421903.js"></script></body></html>`;
const agencyBlog: TestPage = {
  name: 'heldout327-hubspot-agency-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [
    '1. Plan for the longest language, not the average',
    '2. Norwegian is not Danish, and Finland is two markets',
    '3. Lock the terminology before translation starts',
    '4. Review with a user, not only a linguist',
    '5. Keep the history of every label',
  ],
  body: texts([...tIntro, ...tL1, ...tL2, ...tL3, ...tL3List, ...tL4, ...tQuote, ...tL5]),
  bylines: ['Signe Halvorsrud', 'Jan 20, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...tNav, 'Get a quote', 'Download our Nordic labelling checklist', ...tTags, 'Subscribe to Language Matters', 'Email',
    'Related posts', ...tRel, ...tFoot, 'Fjordline Translations AB · ISO 17100 certified · Org. nr 559123-4410',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT327_B: readonly TestPage[] = [agencyBlog, wikiEntry];
