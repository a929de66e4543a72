import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout300-kit.js';

/**
 * Held-out batch 300, file d: a vet practice's advice article built with Elementor on WordPress (elementor sections, widgets
 * and heading titles, a post-info widget, share buttons, a call-to-action box, a post navigation and the practice footer) and
 * a pet-insurance explainer in the Forbes Advisor style (advertiser disclosure, editorial note, "Key Takeaways" box, a
 * comparison table, a featured-partner offer, author bio and footer).
 */
const vTitle = 'Chocolate Poisoning in Dogs: What to Do Over the Holidays';
const vHeads = ['Why is chocolate dangerous for dogs?', 'Signs of chocolate poisoning', 'What to do if your dog eats chocolate'];
const v0 = [
  j(
    'Every December our team sees a rise in dogs who have helped themselves to a box of chocolates under the tree. Most recover',
    'well with prompt treatment, but chocolate can be serious, and the sooner we know, the more we can do.',
  ),
];
const v1 = [
  j(
    'Chocolate contains theobromine, a stimulant that dogs break down far more slowly than people. It affects the heart, the',
    'nervous system and the kidneys. Dark chocolate and cocoa powder contain the most, while milk chocolate contains less.',
  ),
  j(
    'The danger depends on the type of chocolate, the amount eaten and the size of your dog. A small terrier that eats a bar of',
    'dark chocolate is at far greater risk than a Labrador that eats a single milk chocolate button.',
  ),
];
const v2 = [
  'Symptoms usually appear within two to twelve hours and can last for several days. Watch for:',
  'Vomiting and diarrhoea',
  'Restlessness, panting and a racing heart',
  'Drinking and urinating more than usual',
  'Trembling or, in severe cases, seizures',
];
const v3 = [
  j(
    'Call us straight away, even if your dog seems fine. Try to tell us what kind of chocolate it was, roughly how much is',
    'missing and when it was eaten. Keep the wrapper if you can.',
  ),
  j(
    'Do not try to make your dog sick at home. Salt water and other home remedies can be dangerous. If your dog is seen within',
    'a couple of hours, the vet can usually give an injection to make them vomit safely, followed by activated charcoal.',
  ),
  j('Dogs that have eaten a large amount may need to stay with us on a drip so we can monitor their heart. With early', 'treatment, the outlook is good.'),
  j(
    'The best cure is prevention. Keep chocolate gifts off low tables and out from under the tree, and remind visiting children',
    'not to share their treats with the dog, however hard it begs.',
  ),
];
const vLatest = ['Fireworks Season and Anxious Pets', 'How Often Should My Cat See the Vet?'];
const vNav = ['Home', 'Our Services', 'Meet the Team', 'Pet Advice', 'Pet Health Club', 'Contact Us'];
const w = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}"
data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const vHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><title>${vTitle} - Larkfield Vets</title>
<meta name="generator" content="Elementor 3.27.1; features: e_font_icon_svg; settings: css_print_method-external">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${vTitle}",
"datePublished":"2025-12-02T10:15:00+00:00","author":{"@type":"Person","name":"Rhiannon Tull BVSc MRCVS"}}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css"></head>
<body class="post-template-default single single-post elementor-default elementor-template-full-width elementor-kit-6">
<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header">
<section class="elementor-section elementor-top-section"><div class="elementor-container">${w('theme-site-logo', '<a href="/">Larkfield Vets</a>')}
${w('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(vNav, 'menu-item')}</ul></nav>`)}
${w('button', '<a class="elementor-button" href="tel:01632960214"><span class="elementor-button-text">Call 01632 960214</span></a>')}</div></section></div>
<div data-elementor-type="single-post" data-elementor-id="97" class="elementor elementor-97 elementor-location-single post-1288 post">
<section class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-column elementor-col-66">
${w('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${vTitle}</h1>`)}
${w(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item"><span
class="elementor-icon-list-text elementor-post-info__item--type-author">Rhiannon Tull BVSc MRCVS</span></li><li class="elementor-icon-list-item"><span
class="elementor-icon-list-text elementor-post-info__item--type-date">2 December 2025</span></li></ul>`,
)}
${w('theme-post-featured-image', '<img src="/wp-content/uploads/2025/12/dog-chocolate.jpg" alt="Dog looking at a box of chocolates">')}
${w(
  'theme-post-content',
  `${ps(v0)}<h2>${vHeads[0]}</h2>${ps(v1)}<h2>${vHeads[1]}</h2><p>${v2[0]}</p><ul>${v2
    .slice(1)
    .map((t) => `<li>${t}</li>`)
    .join('')}</ul><h2>${vHeads[2]}</h2>${ps(v3)}`,
)}
${w(
  'share-buttons',
  `<div class="elementor-grid"><span class="elementor-share-btn__title">Facebook</span>
<span class="elementor-share-btn__title">WhatsApp</span></div>`,
)}
${w(
  'call-to-action',
  `<div class="elementor-cta__content"><h3 class="elementor-cta__title">Worried about your pet?</h3><div
class="elementor-cta__description">Our team is here 24 hours a day, 365 days a year.</div><a class="elementor-cta__button">Book an appointment</a></div>`,
)}
${w(
  'post-navigation',
  `<div class="elementor-post-navigation"><span class="post-navigation__prev--label">Previous</span>
<span class="post-navigation__prev--title">Keeping Rabbits Warm in Winter</span><span class="post-navigation__next--label">Next</span>
<span class="post-navigation__next--title">Your Puppy’s First Vaccinations</span></div>`,
)}
</div><div class="elementor-column elementor-col-33">${w('heading', '<h2 class="elementor-heading-title">Latest Advice</h2>')}
${w(
  'posts',
  `<div class="elementor-posts-container">${vLatest
    .map((t) => `<article class="elementor-post"><h3 class="elementor-post__title"><a href="/">${t}</a></h3></article>`)
    .join('')}</div>`,
)}
</div></div></section></div>
<div data-elementor-type="footer" class="elementor elementor-location-footer">
${w('text-editor', '<p>Larkfield Vets, 14 Orchard Road, Larkfield. RCVS Accredited Practice.</p>')}
${w('text-editor', '<p>© 2026 Larkfield Vets Ltd | Privacy | Cookies</p>')}</div>
<div id="cookie-law-info-bar"><span>We use cookies to give you the best experience on our website.</span><a id="cookie_action_close_header">Accept</a></div>
</body></html>`;
const vet: TestPage = {
  name: 'heldout300-elementor-vet-blog',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: vHeads,
  body: texts([...v0, ...v1, ...v2, ...v3]),
  bylines: ['Rhiannon Tull BVSc MRCVS', '2 December 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Larkfield Vets', ...vNav, 'Call 01632 960214', 'Facebook', 'WhatsApp', 'Worried about your pet?', 'Our team is here 24 hours a day, 365 days a year.',
    'Book an appointment', 'Previous', 'Keeping Rabbits Warm in Winter', 'Next', 'Your Puppy’s First Vaccinations', 'Latest Advice',
    'Fireworks Season and Anxious Pets', 'How Often Should My Cat See the Vet?', 'Larkfield Vets, 14 Orchard Road, Larkfield. RCVS Accredited Practice.',
    '© 2026 Larkfield Vets Ltd | Privacy | Cookies', 'We use cookies to give you the best experience on our website.', 'Accept',
  ],
};

const fTitle = 'How Does Pet Insurance Work? A Guide for New Owners';
const fHeads = ['What pet insurance covers', 'Types of policy', 'How claims are paid', 'Is pet insurance worth it?'];
const fKey = [
  'Pet insurance reimburses you for eligible vet bills after you pay the clinic.',
  'Most policies exclude pre-existing conditions, so it pays to insure early.',
  'Premiums rise with your pet’s age, breed and where you live.',
];
const f1 = [
  j(
    'Pet insurance helps pay for unexpected vet bills when your dog or cat is injured or falls ill. Unlike human health insurance',
    'in many countries, you usually pay the clinic yourself and then claim the money back from the insurer.',
  ),
  j(
    'Accident and illness policies are the most common. They generally cover diagnostic tests, surgery, hospital stays and',
    'prescription drugs. Routine care such as vaccinations, flea treatment and dental cleaning is usually excluded unless you',
    'add a wellness plan.',
  ),
];
const f2 = [
  'Accident-only: covers injuries such as broken bones or swallowed objects, but not illness.',
  'Time-limited: covers each condition for a set period, often 12 months.',
  'Maximum benefit: pays up to a fixed amount for each condition, with no time limit.',
  'Lifetime: renews the vet fee limit every year, so long-term conditions stay covered.',
];
const f3 = [
  j(
    'When you claim, the insurer first subtracts your deductible, the amount you pay yourself each year or each condition. It',
    'then pays its share of the rest, known as the reimbursement rate. A policy with a $250 deductible and a 90% reimbursement',
    'rate would pay $1,575 on a $2,000 bill.',
  ),
  j(
    'Most insurers pay claims within two weeks once they have your vet’s records. Some can pay the clinic directly, which helps',
    'if you cannot cover a large bill up front.',
  ),
];
const f4 = [
  j(
    'Insurance makes most sense for owners who would struggle to find $3,000 to $5,000 at short notice. Analyst Corinne Baptiste',
    'puts it simply: "You are not buying a discount on vet care. You are buying the ability to say yes to treatment."',
  ),
  'If you have savings set aside for emergencies, a dedicated pet fund can be a reasonable alternative.',
];
const fFoot = ['About Us', 'How We Make Money', 'Editorial Guidelines', 'Privacy Policy', 'Terms and Conditions', 'Contact Us'];
const fHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${fTitle} – Ledgerline Advisor</title>
<meta name="description" content="Learn how pet insurance works, from deductibles to reimbursement rates.">
<meta name="robots" content="max-image-preview:large">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${fTitle}","datePublished":"2026-01-20",
"dateModified":"2026-03-05","author":{"@type":"Person","name":"Delphine Oakes"}}</script>
<script>window.fbsAdvisor = {vertical: "pet-insurance", pageType: "article"};</script></head><body class="advisor-article">
<header class="header"><a class="header__logo" href="/advisor/">Ledgerline Advisor</a><nav class="header__nav"><ul>
${links(['Banking', 'Credit Cards', 'Insurance Guides', 'Loans', 'Investing'], 'header__nav-item')}</ul></nav></header>
<div class="advertiser-disclosure"><button class="advertiser-disclosure__toggle">Advertiser Disclosure</button><div class="advertiser-disclosure__text">
<p>Ledgerline Advisor earns a commission from partner links on this page. Commissions do not affect our editors' opinions.</p></div></div>
<main class="article-page"><nav class="breadcrumbs"><ol>${links(['Advisor', 'Pet Insurance'])}</ol></nav>
<article class="article"><header class="article-header"><h1 class="article-title">${fTitle}</h1><div class="article-byline">
<div class="author-info"><span class="label">Written By</span><a class="author-name" href="/advisor/author/doakes">Delphine Oakes</a></div>
<div class="author-info"><span class="label">Edited By</span><a class="author-name" href="/advisor/author/mfrew">Marcus Frew</a></div>
<div class="article-dates"><span class="updated">Updated: Mar 5, 2026, 9:30am</span></div></div></header>
<div class="editorial-note"><strong>Editorial Note:</strong> We earn a commission from partner links on Ledgerline Advisor. Commissions do not affect our
editors' opinions or evaluations.</div>
<div class="key-takeaways"><h2 class="key-takeaways__title">Key Takeaways</h2><ul>${fKey.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<div class="article-body"><h2>${fHeads[0]}</h2>${ps(f1)}<h2>${fHeads[1]}</h2><ul>${f2.map((t) => `<li>${t}</li>`).join('')}</ul>
<div class="featured-partner"><span class="featured-partner__label">Featured Partner Offer</span><p class="featured-partner__name">Pawsure Pet Cover</p>
<a class="featured-partner__cta" href="/go/pawsure">Get a Quote</a><p class="featured-partner__disclaimer">On Pawsure's Website</p></div>
<h2>${fHeads[2]}</h2>${ps(f3)}<h2>${fHeads[3]}</h2>${ps(f4)}</div>
<div class="author-bio"><p>Delphine Oakes is an insurance writer who has covered consumer finance for a decade. She lives with two rescue greyhounds.</p></div>
<div class="article-share"><span>Share</span><a>Facebook</a><a>Email</a></div></article>
<aside class="related"><h3>More From Advisor</h3><ul>${links(['Best Pet Insurance Companies of 2026', 'Cat Insurance Costs Explained'])}</ul></aside></main>
<footer class="footer"><ul>${links(fFoot)}</ul><p>© 2026 Ledgerline Media LLC. All Rights Reserved.</p></footer></body></html>`;
const advisor: TestPage = {
  name: 'heldout300-ledgerline-advisor-news',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: fHeads,
  body: texts([...fKey, ...f1, ...f2, ...f3, ...f4]),
  bylines: ['Delphine Oakes', 'Marcus Frew', 'Updated: Mar 5, 2026, 9:30am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ledgerline Advisor', 'Banking', 'Credit Cards', 'Insurance Guides', 'Loans', 'Investing', 'Advertiser Disclosure',
    "Ledgerline Advisor earns a commission from partner links on this page. Commissions do not affect our editors' opinions.", 'Pet Insurance',
    'Written By', 'Edited By',
    "Editorial Note: We earn a commission from partner links on Ledgerline Advisor. Commissions do not affect our editors' opinions or evaluations.",
    'Key Takeaways', 'Featured Partner Offer', 'Pawsure Pet Cover', 'Get a Quote', "On Pawsure's Website",
    'Delphine Oakes is an insurance writer who has covered consumer finance for a decade. She lives with two rescue greyhounds.', 'Share', 'Facebook',
    'Email', 'More From Advisor', 'Best Pet Insurance Companies of 2026', 'Cat Insurance Costs Explained', ...fFoot,
    '© 2026 Ledgerline Media LLC. All Rights Reserved.',
  ],
};

export const HELDOUT300_D: readonly TestPage[] = [vet, advisor];
