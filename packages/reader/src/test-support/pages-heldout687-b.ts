import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout687-kit.js';

/**
 * Held-out batch 687, file b: a long first-time landlord guide on a HubSpot CMS blog (CTA in the body, topics, subscribe form,
 * related posts) and a tenant help-centre article on Zendesk Guide (Copenhagen theme).
 */
const hTitle = 'Letting your home for the first time: a step-by-step guide for new landlords';
const hIntro = [
  j(
    'Every spring we meet owners who never planned to become landlords. A job has moved them to another city, a relationship has',
    'ended, or they have bought a second home and want the first one to pay its way. Letting a property is not complicated, but it',
    'does come with a list of legal duties that catch people out, and the fines for getting them wrong are steep.',
  ),
  j(
    'This guide walks through the process in the order it actually happens, from the first conversation with your lender to the day',
    'your tenant moves in. It is based on the questions our Dunmore and Kelby branches were asked most often over the last year.',
  ),
];
const hS1 = [
  j(
    'If you have a residential mortgage, you need your lender&rsquo;s permission before you let. Most lenders will grant "consent to',
    'let" for a fee and a small rise in your interest rate; some will ask you to move to a buy-to-let product. Letting without',
    'consent can breach your mortgage terms, so do this first.',
  ),
  j(
    'Your home insurance will also need to change. A standard policy usually stops covering the building once it is let. Ask for a',
    'landlord policy that covers the building, your contents if the property is furnished, and loss of rent and liability.',
  ),
];
const hS2 = ['Before a tenant can move in, the property must meet a set of safety standards. As a minimum you will need:'];
const hS2List = [
  'a gas safety certificate from a Gas Safe registered engineer, renewed every 12 months',
  'an Electrical Installation Condition Report, renewed at least every five years',
  'an Energy Performance Certificate with a rating of E or above',
  'a smoke alarm on every storey and a carbon monoxide alarm in any room with a fixed combustion appliance',
  'fire-resistant furniture and furnishings, if you let the property furnished',
];
const hS2b = [
  j(
    'If the property is a house in multiple occupation, let to three or more people who are not one household, you may also need a',
    'licence from the council. Check before you advertise; councils can and do issue civil penalties of up to £30,000.',
  ),
];
const hS3 = [
  j(
    'Rent is set by the market, not by what you need to cover your mortgage. We look at what similar homes nearby have let for in',
    'the last six months, not what they are advertised at, and adjust for condition, parking, outdoor space and how quickly you want',
    'a tenant. A home priced 5% too high often sits empty for a month, which costs more than the difference.',
  ),
  j(
    'Bear in mind that rental income is taxable. You can deduct letting fees, insurance, repairs and the interest element of your',
    'mortgage as a tax credit, but not the cost of improvements. Keep every receipt from the start.',
  ),
];
const hS4 = [
  j(
    'You can manage the let yourself, pay an agent to find a tenant ("let only"), or hand over the whole job to a managing agent.',
    'Let only suits owners who live nearby and are comfortable dealing with repairs. Full management costs more but means someone',
    'else takes the 2am call about a burst pipe, chases late rent and handles the deposit at the end.',
  ),
  j(
    'Whatever you choose, check the agent belongs to a client money protection scheme and a redress scheme. Both are legal',
    'requirements for letting agents, and they protect your money if things go wrong.',
  ),
];
const hS5 = [
  j(
    'Every adult tenant must be checked for the right to rent in the UK before the tenancy starts, and you must keep copies of the',
    'documents you saw. Most landlords also ask for references from a previous landlord and an employer, and a credit check.',
  ),
  j(
    'The deposit is capped at five weeks&rsquo; rent where the annual rent is under £50,000. Within 30 days of receiving it you',
    'must protect it in a government-approved scheme and give the tenant the prescribed information. If you miss this, you cannot',
    'easily regain possession later, and the tenant can claim up to three times the deposit.',
  ),
];
const hS6 = ['On or before the day the tenancy begins, you must give your tenant:'];
const hS6List = [
  'the current version of the government&rsquo;s How to Rent guide',
  'a copy of the gas safety certificate, the EICR and the EPC',
  'the deposit prescribed information',
  'your address in England or Wales for serving notices',
];
const hS6b = [
  j(
    'Take a detailed inventory with dated photographs and ask the tenant to sign it. Disputes over deposits are almost always',
    'decided on the quality of the check-in inventory, so this is not the place to save money.',
  ),
];
const hS7 = [
  j(
    'Once the tenant is in, your main job is to keep the home safe and in repair. You must deal with problems to the structure, the',
    'heating and hot water, and the gas and electrics within a reasonable time, and give 24 hours&rsquo; written notice before you',
    'visit. A short inspection every six months lets you catch small problems before they become big ones.',
  ),
  j(
    'Most tenancies run smoothly. When they do not, the cause is usually a missed step near the start, which is why it is worth',
    'taking the time to get the paperwork right before the keys change hands.',
  ),
];
const hHeads = [
  '1. Speak to your lender and insurer',
  '2. Make the property safe and legal',
  '3. Set a realistic rent',
  '4. Decide how much help you want',
  '5. Find and check your tenant',
  '6. Paperwork on the day the tenancy starts',
  '7. During the tenancy',
];
const hNav = ['Landlords', 'Tenants', 'Sales', 'Property Management', 'Insights', 'Contact'];
const hTopics = ['Landlord advice', 'Compliance', 'Lettings'];
const hRelated = [
  'Landlord insurance explained: what it covers and what it does not',
  'Five questions to ask before you choose a letting agent',
  'How to Rent: what your tenant must receive before moving in',
];
const hFoot = ['About us', 'Careers', 'Fees', 'Complaints', 'Privacy notice', 'Cookie settings'];
const hArticle = `<h2>${hHeads[0]}</h2>${ps(hS1)}<h2>${hHeads[1]}</h2>${ps(hS2)}<ul>${lis(hS2List)}</ul>${ps(hS2b)}
<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-5b2f"><span class="hs-cta-node hs-cta-5b2f" id="hs-cta-5b2f">
<a href="https://cta-redirect.hubspot.com/cta/redirect/4471902/5b2f">
<img class="hs-cta-img" id="hs-cta-img-5b2f" src="https://no-cache.hubspot.com/cta/default/4471902/5b2f.png"
alt="Download our free landlord compliance checklist"></a></span></span><!-- end HubSpot Call-to-Action Code -->
<h2>${hHeads[2]}</h2>${ps(hS3)}<h2>${hHeads[3]}</h2>${ps(hS4)}<h2>${hHeads[4]}</h2>${ps(hS5)}
<div class="hs-cta-embed hs-cta-simple-placeholder hs-cta-embed-82915"><a href="/landlord-valuation" class="hs-inline-web-interactive-82915 cta_button">
Book a free rental valuation</a></div>
<h2>${hHeads[5]}</h2>${ps(hS6)}<ul>${lis(hS6List)}</ul>${ps(hS6b)}<h2>${hHeads[6]}</h2>${ps(hS7)}`;
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="A practical guide to letting your home for the first time, from mortgage consent to move-in day.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person","name":"Moira
Teague"},

"datePublished":"2027-02-18"}</script>
<link rel="stylesheet" href="https://www.kelbyandhart.co.uk/hubfs/hub_generated/template_assets/1/9814/1716/template_main.min.css">
<style>.hs-cta-wrapper{display:block;margin:24px 0}</style>
<link rel="amphtml" href="https://www.kelbyandhart.co.uk/insights/first-time-landlord?hs_amp=true"></head>
<body><div class="body-wrapper hs-content-id-88213340011 hs-blog-post hs-blog-id-44109981226">
<div data-global-resource-path="kelby-theme/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<a href="/" id="hs-link-site_logo"><img src="https://www.kelbyandhart.co.uk/hubfs/kelby-logo.svg" alt="Kelby &amp; Hart" width="160"></a></span></div>
<div class="header__menu"><span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></span></div>
<div class="header__search"><form class="hs-search-field__form" action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="term">Search</label>
<input type="text" class="hs-search-field__input" name="term" placeholder="Search"><button aria-label="Search"><span class="show-for-sr">Search</span></button>
</form></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>
<span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/insights/author/moira-teague">Moira Teague</a>
<time datetime="2027-02-18 09:00:00" class="blog-post__timestamp">February 18, 2027</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(hIntro)}<!--more-->
${hArticle}</span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 496 512" aria-hidden="true"><path d="M0 0"></path></svg>
${hTopics.map((t) => `<a class="blog-post__tag-link" href="/insights/tag/${t.length}">${t}</a>`).join(',\n')}</div></article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related articles</h2>${hRelated
  .map((r) => `<article class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="/insights/${r.length}">${r}</a></h3></article>`)
  .join('\n')}</div></section>
<div class="blog-subscribe"><span id="hs_cos_wrapper_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<h3 id="hs_cos_wrapper_blog_subscribe_title" class="hs_cos_wrapper form-title">Subscribe to Landlord Insights</h3>
<div id="hs_form_target_blog_subscribe_7714"><form class="hs-form stacked" novalidate><div class="hs_email hs-email hs-fieldtype-text field hs-form-field">
<label for="email-7714"><span>Email</span><span class="hs-form-required">*</span></label><div class="input"><input id="email-7714" name="email"
type="email" class="hs-input"></div></div><fieldset class="form-columns-1"><div class="hs_blog_default_hubspot_blog_subscription">
<label class="hs-form-radio-display"><input type="radio" class="hs-input" value="weekly" checked><span>Weekly</span></label>
<label class="hs-form-radio-display"><input type="radio" class="hs-input" value="monthly"><span>Monthly</span></label></div></fieldset>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form>
</div></span></div></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper">
<p>Kelby &amp; Hart Lettings Ltd is a member of Propertymark and the Property Ombudsman.</p>
<ul class="footer__links">${links(hFoot)}</ul><p class="footer__copyright">© 2027 Kelby &amp; Hart Lettings Ltd. All rights reserved.</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-cookie-banner="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies on your
computer. These cookies are used to improve your website experience and provide more personalized services to you.</p>
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4471902.js"></script>
<script>hbspt.cta.load(4471902, '5b2f', {"useNewLoader":"true","region":"eu1"});</script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout687-hubspot-landlord-guide',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([...hIntro, ...hS1, ...hS2, ...hS2List, ...hS2b, ...hS3, ...hS4, ...hS5, ...hS6, ...hS6List, ...hS6b, ...hS7]),
  bylines: ['Moira Teague', 'February 18, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Search', 'Book a free rental valuation', ...hTopics, 'Related articles', ...hRelated, 'Subscribe to Landlord Insights',
    'Email', 'Weekly', 'Monthly', 'Kelby & Hart Lettings Ltd is a member of Propertymark and the Property Ombudsman.', ...hFoot,
    '© 2027 Kelby & Hart Lettings Ltd. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

const zTitle = 'How do I report a repair?';
const zBody = [
  j(
    'If something in your home needs fixing, report it through the tenant portal so that it reaches the right property manager and',
    'you have a record of when you told us.',
  ),
  'Sign in to the tenant portal and choose Report a repair.',
  'Pick the room and the type of problem, for example Kitchen, then Tap or sink.',
  'Describe what is wrong and add up to five photos or a short video.',
  'Tell us when a contractor can visit and whether we may use our keys if you are out.',
  j(
    'You will get an email with a reference number. Your property manager will normally arrange a contractor within three working',
    'days, or sooner if the repair is urgent.',
  ),
  'Emergencies',
  j(
    'Do not use the portal for an emergency. If there is a gas leak, call the National Gas Emergency line on 0800 111 999 first. For a',
    'flood, no heating in winter, or a door or window that will not lock, ring our out-of-hours line on 01632 960 305.',
  ),
  j('<strong>Note:</strong> if a repair was caused by damage, we may pass the cost on to you. Your property manager will tell you before any work starts.'),
];
const zCrumbs = ['Pellow Lettings Tenant Help', 'Repairs and maintenance'];
const zSection = ['How do I report a repair?', 'Who is responsible for which repairs?', 'What counts as an emergency?', 'Condensation and mould'];
const zRelated = ['What counts as an emergency?', 'Can I arrange a repair myself and claim the cost back?', 'Condensation and mould'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><!-- v26921 --><title>${zTitle} &ndash; Pellow Lettings Tenant Help</title>
<meta content="https://help.pellowlettings.co.uk/hc/en-gb/articles/8014422" name="csrf-param">
<link rel="canonical" href="https://help.pellowlettings.co.uk/hc/en-gb/articles/8014422-How-do-I-report-a-repair">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-4e1f7.css" media="all">
<link rel="stylesheet" href="//theme.zdassets.com/theme_assets/11190/style.css?digest=9a81">
<meta name="description" content="If something in your home needs fixing">
<script>window.HelpCenter = {};HelpCenter.account = {"subdomain":"pellowlettings","environment":"production"};HelpCenter.user = {"role":"anonymous"};</script>
<script src="//static.zdassets.com/hc/assets/moment-8d1cc.js"></script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb">
<img src="//theme.zdassets.com/theme_assets/11190/logo.png" alt="Help Centre home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialogue" role="button" href="/hc/en-gb/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs">${links(zCrumbs)}</ol></nav><div class="search-container"><form role="search" class="search" data-search="" action="/hc/en-gb/search"
method="get"><input type="hidden" name="utf8" value="&#x2713;"><input type="search" name="query" id="query" placeholder="Search" aria-label="Search"></form>
</div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">
<button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
${zSection.map((s, i) => `<li><a href="/hc/en-gb/articles/80144${i}" class="sidenav-item${i === 0 ? ' current-article' : ''}">${s}</a></li>`).join('\n')}
</ul><a href="/hc/en-gb/sections/360011" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar">
<img src="https://help.pellowlettings.co.uk/system/photos/9912/rowan.png" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-gb/profiles/4410-Rowan-Kessley">Rowan Kessley</a><ul class="meta-group"><li class="meta-data">
<time datetime="2026-12-02T10:14:55Z" title="2026-12-02 10:14" data-datetime="relative">3 months ago</time></li><li class="meta-data">Updated</li></ul>
</div></div>
<a class="article-subscribe" title="Opens a sign-in dialogue" rel="nofollow" role="button" data-auth-action="signin"
href="/hc/en-gb/articles/8014422/subscription">Follow</a>
</header><section class="article-info"><div class="article-content"><div class="article-body">${ps([zBody[0] ?? ''])}
<ol>${lis(zBody.slice(1, 5))}</ol>${ps([zBody[5] ?? ''])}<h3>${zBody[6]}</h3>${ps([zBody[7] ?? ''])}
<div class="callout">${ps([zBody[8] ?? ''])}</div></div>
<div class="article-attachments"><ul class="attachments"></ul></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.com/share.php?title=x" class="share-facebook"
aria-label="Facebook"><svg aria-hidden="true"></svg></a></li></ul></div><div class="article-comment-count"><a href="#comments" class="article-comment-count">
<svg aria-hidden="true"></svg><span class="comment-count">0</span> comments</a></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls"
role="group"><button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="This article was helpful"
aria-pressed="false">Yes</button>
<button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="This article was not helpful"
aria-pressed="false">No</button></div><small class="article-votes-count"><span class="article-vote-label">11 out of 14 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top<svg aria-hidden="true"></svg></a></div></footer>
<div class="article-relatives"><div data-recent-articles></div><section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>
${zRelated.map((r, i) => `<li><a href="/hc/en-gb/related/click?data=${i}" rel="nofollow">${r}</a></li>`).join('\n')}</ul></section></div>
<div class="article-comments" id="article-comments"><section class="comment-section"><h2 id="comments" class="comment-heading">Comments</h2>
<p class="comment-callout">Please <a data-auth-action="signin" rel="nofollow" href="/hc/en-gb/signin">sign in</a> to leave a comment.</p></section></div>
</article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Pellow Lettings Tenant Help</a>
<div class="footer-language-selector"></div></div><div class="powered-by-zendesk">
<a href="https://www.zendesk.com/service/help-center/">Powered by Zendesk</a></div></footer>
<script src="//static.zdassets.com/hc/assets/en-gb.b3e1.js"></script><script src="//theme.zdassets.com/theme_assets/11190/script.js?digest=9a81"></script>
</body></html>`;
const zendesk: TestPage = {
  name: 'heldout687-zendesk-repair-help',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [zBody[6] ?? ''],
  body: texts(zBody.filter((_, i) => i !== 6)),
  bylines: ['Rowan Kessley', '3 months ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', ...zSection.slice(1), 'See more', 'Follow',
    '0 comments', 'Was this article helpful?', 'Yes', 'No', '11 out of 14 found this helpful', 'Have more questions?', 'Return to top',
    'Related articles', 'Can I arrange a repair myself and claim the cost back?', 'Comments', 'Please sign in to leave a comment.', 'Powered by Zendesk',
  ],
};

export const HELDOUT687_B: readonly TestPage[] = [hubspot, zendesk];
