import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout247-kit.js';

/**
 * Held-out batch 247, file e: a city's mobility-plan consultation on Bang the Table's EngagementHQ (site header with
 * sign-in and register, project banner, engagement tool tabs with a quick poll and survey teaser, sidebar widgets for key
 * dates, "Who's listening", document library, FAQs, follow-project, lifecycle stages, footer) and a flight-tracking site's
 * blog post on HubSpot CMS (header menu, author and timestamp, tags, social share, in-post CTA, subscribe form, related
 * posts, HubSpot cookie banner, footer).
 */
const cTitle = 'Draft Mobility Plan 2026–2036';
const cH = ['What is the Mobility Plan?', 'Five big moves', 'How to have your say', 'What happens next'];
const cLead = [
  j(
    'Carrow Vale is growing, and the way we move around the city needs to keep up. Over the next ten years we expect around',
    '28,000 more residents and 11,000 more jobs, most of them in the Riverside and Northgate areas. We have prepared a draft',
    'Mobility Plan that sets out how the council will manage streets, public transport and parking to 2036, and we want to hear',
    'what you think before it is finalised.',
  ),
];
const cWhat = [
  j(
    'The Mobility Plan is the council’s main transport strategy. It guides how we spend our transport budget, which projects we',
    'ask the state government to fund, and how we design streets when they are rebuilt. It replaces the Integrated Transport',
    'Strategy adopted in 2014.',
  ),
];
const cMoves = [
  'A frequent bus network, with buses at least every ten minutes on eight core routes from 7am to 7pm.',
  'Safe walking and cycling routes to every primary school in the city by 2030.',
  'A 30 km/h speed limit on local streets in residential areas and town centres.',
  'Parking managed by demand in the city centre, with a share of the revenue kept for local street improvements.',
  'A freight and delivery plan that moves loading into set hours and supports cargo-bike hubs.',
];
const cSay = [
  j(
    'You can complete the survey, which takes about 15 minutes, or answer the quick poll below. You can also drop a pin on the',
    'ideas map to tell us about a specific street or intersection. If you would prefer to talk to someone, come to one of our',
    'drop-in sessions at the Central Library or the Northgate Community Hub.',
  ),
  'Paper copies of the draft plan and the survey are available at all council libraries and customer service centres.',
];
const cNext = [
  j(
    'You can give us your feedback until 5pm on Thursday 30 April. We will publish a report on what we heard in June, and the final plan',
    'will go to the council for adoption in September.',
  ),
];
const cDates = ['Consultation opens', '2 March 2026', 'Consultation closes', '30 April 2026', 'Final plan to council', 'September 2026'];
const cDocs = ['Draft Mobility Plan 2026–2036 (PDF, 6.2 MB)', 'Summary of the draft plan (PDF, 1.1 MB)', 'Easy Read version (PDF, 2.4 MB)'];
const cFaqs = ['Will the 30 km/h limit apply to main roads?', 'How will parking revenue be spent?', 'Why are some bus routes not core routes?'];
const cStages = ['Listen and learn', 'Draft plan consultation', 'Report back', 'Final plan'];
const cFoot = ['Privacy', 'Moderation', 'Accessibility', 'Technical Support', 'Site Map', 'Cookie Policy'];
const cHtml = `<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="utf-8"><title>${cTitle} | Let's Talk Carrow Vale</title>
<meta name="description" content="Have your say on the draft Mobility Plan for Carrow Vale."><meta property="og:site_name" content="Let's Talk Carrow Vale">
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="kJ2x9pQ==">
<link rel="stylesheet" href="https://s3.ap-southeast-2.amazonaws.example/ehq-production-australia/assets/application-7d1e.css">
<script>window.EngagementHQ={siteId:4471,projectId:"draft-mobility-plan",locale:"en"};</script></head>
<body class="projects show ehq-site" data-controller="projects"><a class="skip-link" href="#main-content">Skip to main content</a>
<div id="ehq-header" class="site-header"><div class="container"><a class="brand" href="/"><img alt="Let's Talk Carrow Vale" src="/logo.png"></a>
<ul class="nav navbar-nav">${links(['Home', 'Projects', 'About', 'Contact'])}</ul><ul class="nav navbar-right user-nav"><li><a href="/login">Sign In</a></li>
<li><a href="/register" class="btn btn-primary">Register</a></li></ul></div></div>
<div id="main-content" class="container project-page"><div class="row"><div class="col-sm-12"><div class="project-banner">
<img alt="" src="https://ehq-production-australia.s3.example/banner/mobility.jpg"><ol class="breadcrumb"><li><a href="/">Home</a></li>
<li class="active">Mobility Plan consultation</li></ol></div></div></div>
<div class="row"><div class="col-md-8 col-sm-12" id="project-content"><div class="project-description">
<h1 class="project-title">${cTitle}</h1>
<div class="project-share"><span>Share</span> <a class="share-facebook" href="#">Share on Facebook</a> <a class="share-twitter" href="#">Share on Twitter</a>
<a class="share-email" href="#">Share via Email</a></div>
<div id="project_description" class="truncated-description">
${ps(cLead)}
<h2>${cH[0]}</h2>
${ps(cWhat)}
<h2>${cH[1]}</h2>
<ol>
${lis(cMoves)}
</ol>
<h2>${cH[2]}</h2>
${ps(cSay)}
<h2>${cH[3]}</h2>
${ps(cNext)}
</div></div>
<div class="tool-tabs" id="survey_tools"><ul class="nav nav-tabs"
role="tablist"><li class="active"><a href="#tab-survey">Survey</a></li><li><a href="#tab-poll">
Quick Poll</a></li><li><a href="#tab-map">Ideas Map</a></li></ul><div class="tab-content"><div class="tab-pane active" id="tab-survey">
<div class="survey-tool"><h3>Draft Mobility Plan survey</h3><p>Tell us what you think of the five big moves.</p><a class="btn btn-primary" href="/survey">Take
Survey</a></div></div><div class="tab-pane" id="tab-poll"><div class="quick-poll"><h3>Which big move matters most to you?</h3><form><label><input
type="radio"> Frequent buses</label><label><input type="radio">
Safe routes to school</label><button class="btn">Vote</button></form></div></div></div></div></div>
<div class="col-md-4 col-sm-12 sidebar" id="project-sidebar"><div class="widget widget_key_dates"><h2 class="widget-title">Key Dates</h2><ul>
${cDates.map((d, i) => (i % 2 === 0 ? `<li><span class="key-date-title">${d}</span>` : `<span class="key-date">${d}</span></li>`)).join('\n')}</ul></div>
<div class="widget widget_who_is_listening"><h2 class="widget-title">Who's Listening</h2><div class="team-member"><p class="name">Priya Dassel</p>
<p class="designation">Senior Transport Planner</p><p class="phone">Phone 03 9555 0190</p><p class="email">mobility@carrowvale.example</p></div></div>
<div class="widget widget_document_library"><h2 class="widget-title">Documents</h2><ul>${links(cDocs, 'document')}</ul></div>
<div class="widget widget_faqs"><h2 class="widget-title">FAQs</h2><ul>${links(cFaqs, 'faq')}</ul></div>
<div class="widget widget_follow_project"><h2 class="widget-title">Follow Project</h2><button class="btn">Follow</button></div>
<div class="widget widget_lifecycle"><h2 class="widget-title">Lifecycle</h2><ul>${cStages
  .map(
    (s, i) => `<li class="stage${i === 1 ? ' active' : ''}">
<span class="stage-name">${s}</span>${i === 1 ? '<span class="stage-status">This is currently at this stage</span>' : ''}</li>`,
  )
  .join('')}</ul></div>
</div></div></div>
<footer id="ehq-footer"><ul>${links(cFoot)}</ul><p>Site powered by EngagementHQ</p></footer>
<script src="https://s3.ap-southeast-2.amazonaws.example/ehq-production-australia/assets/application-1c2f.js"></script></body></html>`;
const consult: TestPage = {
  name: 'heldout247-engagementhq-mobility-consultation',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cH,
  body: texts([...cLead, ...cWhat, ...cMoves, ...cSay, ...cNext]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Projects', 'About', 'Contact', 'Sign In', 'Register', 'Mobility Plan consultation', 'Share', 'Share on Facebook',
    'Share on Twitter',
    'Share via Email', 'Survey', 'Quick Poll', 'Ideas Map', 'Draft Mobility Plan survey', 'Tell us what you think of the five big moves.', 'Take Survey',
    'Which big move matters most to you?', 'Frequent buses', 'Safe routes to school', 'Vote', 'Key Dates', ...cDates, "Who's Listening", 'Priya Dassel',
    'Senior Transport Planner', 'Phone 03 9555 0190', 'mobility@carrowvale.example', 'Documents', ...cDocs, 'FAQs', ...cFaqs, 'Follow Project',
    'Lifecycle', ...cStages, 'This is currently at this stage', ...cFoot, 'Site powered by EngagementHQ',
  ],
};

const hTitle = 'Why your flight took a detour over the sea: reading airspace reroutes on the map';
const hH = ['Airspace is not open sky', 'Three common reasons for a reroute', 'How to spot a reroute on SkyTrace'];
const hLead = [
  j(
    'Every week we get messages from users asking why a flight they were tracking suddenly swung out over the sea, or flew a',
    'long arc around a region instead of heading straight for its destination. The short answer is that aircraft rarely fly a',
    'straight line, and the map shows you exactly where the rules of the sky bend their path.',
  ),
];
const hAir = [
  j(
    'Airliners follow published routes and waypoints, and each country’s airspace is divided into sectors handled by different',
    'controllers. Some areas are closed to civil traffic permanently, such as military training zones, and others close at short',
    'notice for exercises, rocket launches or storms. When a closure happens, controllers and airline dispatchers plan a new',
    'path, which may add several hundred kilometres.',
  ),
];
const hReasons = [
  '<strong>Weather.</strong> Lines of thunderstorms can stretch for hundreds of kilometres, and crews will fly around them rather than through.',
  '<strong>Restricted or closed airspace.</strong> Temporary restrictions are published as notices to airmen and can appear with little warning.',
  '<strong>Winds aloft.</strong> On long flights, dispatchers pick a route that rides a tailwind or avoids a headwind, even if it looks longer on a flat map.',
];
const hSpot = [
  j(
    'The first thing to check is whether the route changed before the aircraft took off or while it was in the air. A route',
    'that was changed on the ground is normal planning; a change in the air usually means something happened along the way,',
    'such as a storm growing faster than forecast or a restricted area being activated early.',
  ),
  j(
    'Open the flight and turn on the <em>Planned route</em> layer. The dashed line is the route filed before departure; the solid',
    'line is where the aircraft actually flew. Where they split, the flight was rerouted in the air.',
  ),
  j(
    'Next, turn on the <em>Weather</em> and <em>Airspace</em> layers. In most cases the reason becomes obvious: a storm cell or a',
    'shaded restricted area sits right where the planned route used to go. Remember that our map is drawn in a flat projection,',
    'so long routes near the poles will look curved even when they are the shortest path.',
  ),
];
const hTags = ['Flight tracking', 'Air traffic control', 'How-to'];
const hRelated = ['What squawk codes mean and when they change', 'Why some aircraft disappear from the map over the ocean', 'A beginner’s guide to ADS-B'];
const hMenu = ['Live Map', 'Airports', 'Apps', 'Pricing', 'Blog'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title><meta name="description" content="Why tracked flights take long detours, and how to
see the reason on the map."><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.skytrace.example/hs-fs/hub/4812233/hub_generated/template_assets/blog-post.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person","name":"Tomas
Ekwall"},
"datePublished":"2026-02-26"}</script><meta property="og:type" content="article"><link rel="canonical"
href="https://www.skytrace.example/blog/airspace-reroutes">
<script>var hsVars={render_id:"8f0e",ticks:1772100000,page_id:190442871,
content_group_id:88120012,portal_id:4812233,app_hs_base_url:"https://app.hubspot.example"};</script>
</head><body><div class="body-wrapper hs-content-id-190442871 hs-blog-post hs-blog-id-88120012">
<div data-global-resource-path="skytrace/templates/partials/header.html"><header class="header"><div class="header__container content-wrapper">
<div class="header__logo"><a href="/"><img src="/hubfs/skytrace-logo.svg" alt="SkyTrace"></a></div><nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(hMenu, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav>
<a class="button header__button" href="/signup">Start free trial</a></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text">${hTitle}</span></h1>
<div class="blog-post__meta"><a class="blog-post__author" href="/blog/author/tomas-ekwall">Tomas Ekwall</a><time class="blog-post__timestamp"
datetime="2026-02-26 10:00:00">February 26, 2026</time></div>
<div class="blog-post__social-sharing"><a class="share-linkedin" href="#">Share on LinkedIn</a><a class="share-x" href="#">Post on X</a></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text">
${ps(hLead)}
<img src="/hs-fs/hubfs/blog/reroute-map.png" alt="A flight path bending around a storm cell" width="900">
<p style="font-size: 12px; text-align: center;"><em>A flight from Ostmere curving around a line of storms. Map: SkyTrace</em></p>
<h2>${hH[0]}</h2>
${ps(hAir)}
<h2>${hH[1]}</h2>
<ul>
${lis(hReasons)}
</ul>
<p><span class="hs-cta-wrapper" id="hs-cta-wrapper-5b1a"><span class="hs-cta-node hs-cta-5b1a"><a href="/signup" class="cta_button">Track any flight with
weather layers: try SkyTrace Gold free for 14 days</a></span></span></p>
<h2>${hH[2]}</h2>
${ps(hSpot)}
</span></div>
<div class="blog-post__tags"><span>Topics:</span>${hTags.map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.length}">${t}</a>`).join(',\n')}</div>
</article>
<div class="blog-subscribe"><h3>Subscribe to the SkyTrace blog</h3><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form"><form
class="hs-form
stacked"><label>Email<span class="hs-form-required">*</span></label><input type="email" name="email"><input type="submit" value="Subscribe" class="hs-button
primary large"></form></div></div>
<section class="blog-related-posts"><h2>Related posts</h2>${hRelated
  .map(
    (t) => `<div class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a
href="/blog/r">${t}</a></h3></div>`,
  )
  .join('\n')}</section></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><ul>${links(['About us', 'Careers', 'Press', 'Data sources', 'Terms', 'Privacy'])}</ul>
<p>© 2026 SkyTrace AB. Flight data may be delayed.</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner"><div
id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your
website experience.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><a id="hs-eu-confirmation-button" role="button">Accept</a><a
id="hs-eu-decline-button" role="button">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script src="//js.hs-scripts.example/4812233.js" id="hs-script-loader"></script>
</body></html>`;
const tracker: TestPage = {
  name: 'heldout247-hubspot-flight-tracker-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([...hLead, ...hAir, ...hReasons, ...hSpot]),
  bylines: ['Tomas Ekwall', 'February 26, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hMenu, 'Start free trial', 'Share on LinkedIn', 'Post on X', 'A flight from Ostmere curving around a line of storms. Map: SkyTrace',
    'Track any flight with weather layers: try SkyTrace Gold free for 14 days', 'Topics:', ...hTags, 'Subscribe to the SkyTrace blog', 'Email',
    'Related posts', ...hRelated, 'About us', 'Careers', 'Press', 'Data sources', 'Terms', 'Privacy', '© 2026 SkyTrace AB. Flight data may be delayed.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT247_E: readonly TestPage[] = [consult, tracker];
