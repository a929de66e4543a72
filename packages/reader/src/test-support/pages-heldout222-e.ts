import { links, type TestPage, texts } from './page-kit.js';
import { pbsArticle } from './pages-heldout222-e2.js';

/**
 * Held-out batch 222, file e: a childcare provider's blog post on its own site (a nursery group built on WordPress with
 * Elementor: the top bar with phone and "Book a Visit", the header menu, the post's category, date and author, an
 * Ofsted-rating badge strip, an image caption, a "Book a show-round" call-to-action block inside the post, the share
 * buttons, post navigation, "Latest news" sidebar, the newsletter form, the footer with setting addresses and the Complianz
 * cookie banner) and, from file e2, a PBS KIDS for Parents article.
 */
const cpTitle = 'Settling in: how we help your child feel at home in their first weeks';
const cpP1 = [
  'Starting nursery is a big step, for children and for parents. At Little Acorns we have welcomed hundreds of new starters over ' +
    'the years, and we know that a gentle, unhurried settling-in period makes all the difference to how a child feels about ' +
    'coming to us each morning.',
  'Here is what you can expect in your child’s first few weeks, and a few things you can do at home to help.',
];
const cpH = ['Before your child starts', 'The settling-in sessions', 'Tips for parents', 'What if my child cries at drop-off?'];
const cpP2 = [
  'Your child’s key person will visit you at home or meet you at the setting for an hour before the first session. We use this ' +
    'time to learn about your child’s routines, favourite toys, how they like to be comforted and any words they use for things ' +
    'like nappies, drinks and sleep.',
];
const cpP3 = ['Most children have four to six settling sessions over two weeks, building up gradually:'];
const cpL3 = [
  'Session 1: one hour, with you staying in the room',
  'Session 2: one hour, with you leaving for twenty minutes',
  'Sessions 3 and 4: two hours, including a snack',
  'Sessions 5 and 6: a morning, including lunch and a nap',
];
const cpP3b = [
  'Every child is different, so we will adjust the plan together. Some children are ready to stay after three sessions; others ' +
    'need a little longer, and that is completely fine.',
];
const cpL4 = [
  'Keep goodbyes short and cheerful, and always say goodbye rather than slipping away.',
  'Bring a comforter or a family photo that can live in your child’s tray.',
  'Talk about nursery at home, using their key person’s name.',
  'Try to keep the days and times of sessions consistent for the first month.',
];
const cpP5 = [
  'Lots of children do, especially in the first week, and it is a normal part of forming new attachments. In our experience ' +
    'most children settle within a few minutes of their parent leaving. We will always phone or message you if your child has ' +
    'not settled within fifteen minutes, and we send a photo through the Famly app once they are happily playing.',
  'If you have any worries at all, please talk to your child’s key person or to Joanne, our nursery manager. We are here to help.',
];
const cpNav = ['Home', 'Our Nurseries', 'Fees & Funding', 'Parents', 'News', 'Careers', 'Contact'];
const cpCta = ['Come and see us', 'Book a show-round at any of our three settings and meet the team.', 'Book a Visit'];
const cpShare = ['Facebook', 'LinkedIn', 'Email'];
const cpLatest = ['Our new garden classroom is open', 'Funded hours for 9-month-olds: what you need to know', 'Healthy lunchbox ideas'];
const cpNews = ['Join our mailing list', 'First name', 'Email', 'Sign up'];
const cpSettings = [
  'Little Acorns Dunford, 12 Mill Road, Dunford DN4 7QP',
  'Little Acorns Westbury, The Old School, Westbury WB2 1AB',
  'Little Acorns Hale Park, Hale Park Community Centre, HP3 9EE',
];
const cpCookie = 'We use cookies to optimise our website and our service.';
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ul = (a: readonly string[]): string => `<ul>${a.map((l) => `<li>${l}</li>`).join('\n')}</ul>`;
const w = (inner: string, type = 'text-editor'): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-widget_type="${type}.default"><div
class="elementor-widget-container">${inner}</div></div>`;
const cpHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>Settling in: how we help your child feel at home in their first weeks | Little Acorns Nurseries</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${cpTitle}"><meta property="og:type"
content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${cpTitle}",
"author":{"name":"Joanne Fairley"},"datePublished":"2025-08-21T09:00:00+01:00"},{"@type":"ChildCare","name":"Little Acorns Nurseries"}]}</script>
<link rel="stylesheet" href="https://littleacorns.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.0"></head>
<body class="post-template-default single single-post elementor-default elementor-kit-7"><div data-elementor-type="header"
class="elementor elementor-location-header">
<div class="elementor-element top-bar"><span>Call us: 01632 960 412</span><a class="elementor-button" href="/book-a-visit/">Book a Visit</a></div>
${w(`<a href="/"><img src="/wp-content/uploads/logo.png" alt="Little Acorns Nurseries"></a>`, 'theme-site-logo')}
${w(`<nav class="elementor-nav-menu--main" aria-label="Menu"><ul class="elementor-nav-menu">${links(cpNav, 'menu-item')}</ul></nav>`, 'nav-menu')}
<div class="badges"><span>Ofsted Outstanding</span><span>30 Hours Funding Available</span></div></div>
<div data-elementor-type="single-post" class="elementor elementor-location-single post-2931 post type-post"><section class="elementor-section">
${w(`<h1 class="elementor-heading-title elementor-size-default">${cpTitle}</h1>`, 'theme-post-title')}
${w(
  `<ul class="elementor-post-info"><li><a href="/category/parents/">Parent Tips</a></li><li><span class="elementor-post-info__item--type-date">21
August 2025</span></li>
<li><span class="elementor-post-info__item--type-author">Joanne Fairley</span></li></ul>`,
  'post-info',
)}
${w(
  `<figure class="wp-caption"><img src="/wp-content/uploads/2025/08/settling-in.jpg" alt=""><figcaption class="widget-image-caption">A new starter
exploring the sensory tray with her key person</figcaption></figure>`,
  'image',
)}
${w(`${ps(cpP1)}<h2>${cpH[0]}</h2>${ps(cpP2)}<h2>${cpH[1]}</h2>${ps(cpP3)}${ul(cpL3)}${ps(cpP3b)}`, 'theme-post-content')}
${w(
  `<div class="elementor-cta"><h3 class="elementor-cta__title">${cpCta[0]}</h3><div class="elementor-cta__description">${cpCta[1]}</div>
<a class="elementor-cta__button elementor-button" href="/book-a-visit/">${cpCta[2]}</a></div>`,
  'call-to-action',
)}
${w(`<h2>${cpH[2]}</h2>${ul(cpL4)}<h2>${cpH[3]}</h2>${ps(cpP5)}`, 'theme-post-content')}
${w(
  `<div class="elementor-share-buttons">${cpShare
    .map(
      (s) => `<div class="elementor-share-btn"><span
class="elementor-share-btn__title">${s}</span></div>`,
    )
    .join('')}</div>`,
  'share-buttons',
)}
${w(
  `<div class="elementor-post-navigation"><a href="/news/garden-classroom/" rel="prev"><span class="post-navigation__prev--label">Previous</span>
<span class="post-navigation__prev--title">${cpLatest[0]}</span></a></div>`,
  'post-navigation',
)}
</section><aside class="elementor-section sidebar">${w(
  `<h2 class="elementor-heading-title">Latest
news</h2><ul>${links(cpLatest)}</ul>`,
  'posts',
)}</aside></div>
<div data-elementor-type="footer" class="elementor elementor-location-footer">
${w(
  `<h4>${cpNews[0]}</h4><form class="elementor-form"><label>${cpNews[1]}</label><input name="form_fields[name]"><label>${cpNews[2]}</label>
<input type="email" name="form_fields[email]"><button type="submit"><span class="elementor-button-text">${cpNews[3]}</span></button></form>`,
  'form',
)}
${w(`<h4>Our settings</h4>${cpSettings.map((s) => `<p>${s}</p>`).join('\n')}`)}
${w(`<p>© 2025 Little Acorns Nurseries Ltd. Registered in England No. 08812345.</p><p><a href="/privacy-policy/">Privacy Policy</a></p>`)}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show" role="dialog" aria-labelledby="cmplz-header-1-optin">
<div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div><div class="cmplz-message"><p>${cpCookie}</p></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://littleacorns.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.0"></script></body></html>`;
const childcare: TestPage = {
  html: cpHtml,
  name: 'heldout222-childcare-provider-blog',
  kind: 'blog',
  // the call-to-action block between the two post-content widgets, the badges, caption, share and post navigation are furniture
  title: cpTitle,
  headings: cpH,
  body: texts([...cpP1, ...cpP2, ...cpP3, ...cpL3, ...cpP3b, ...cpL4, ...cpP5]),
  bylines: ['21 August 2025', 'Joanne Fairley'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Call us: 01632 960 412', 'Book a Visit', ...cpNav, 'Ofsted Outstanding', '30 Hours Funding Available', 'Parent Tips',
    'A new starter exploring the sensory tray with her key person', ...cpCta.slice(0, 2), ...cpShare, 'Previous', 'Latest news', ...cpLatest,
    ...cpNews, 'Our settings', ...cpSettings, '© 2025 Little Acorns Nurseries Ltd. Registered in England No. 08812345.', 'Privacy Policy',
    'Manage Cookie Consent', cpCookie, 'Accept', 'Deny', 'View preferences',
  ],
};
export const HELDOUT222_E: readonly TestPage[] = [childcare, pbsArticle];
