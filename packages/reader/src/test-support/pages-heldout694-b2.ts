import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, page } from './pages-heldout694-kit.js';

/**
 * Held-out batch 694, file b2: a motorhome dealer's long how-to post on the HubSpot CMS blog with a CTA, tags, related posts,
 * a subscribe form and the HubSpot cookie banner.
 */
const hTitle = 'How to Winterise Your Motorhome Water System: A Step-by-Step Guide';
const hLead = [
  j(
    'Every spring our workshop sees the same jobs come in: split pipes behind the washroom panel, a cracked shower mixer and,',
    'the expensive one, a boiler whose water tank has burst after a hard frost. Nearly all of them could have been avoided with',
    'half an hour of work in October.',
  ),
  j(
    'Whether your motorhome is going into storage or staying on the drive, here is how our service technicians winterise the water',
    'system on the vans that come through Thornfield, and the mistakes we see most often.',
  ),
];
const hSecs: [string, string[], string[]][] = [
  [
    'Why frost is such a problem',
    [
      j(
        'Water expands by about nine per cent as it freezes. In a house the pipes are inside the insulated envelope, but in a motorhome',
        'many of them run through lockers, under the floor and along cold outside walls. It takes only a few nights of minus three or',
        'four for the water left in a low point to freeze solid.',
      ),
      j(
        'Plastic push-fit pipework copes reasonably well, but taps, pumps, filters and above all the boiler do not. A replacement',
        'combination boiler fitted by a dealer can easily cost more than £1,800 with labour.',
      ),
    ],
    [],
  ],
  [
    'What you will need',
    ['Before you start, gather a few things so that you are not hunting for them halfway through:'],
    [
      'A bucket or two, and some old towels for the locker floors',
      'The owner handbook, which shows where the drain-down points are',
      'A small funnel and a bottle of non-toxic waste tank treatment',
      'A torch, because the drain valves are always in the darkest corner',
    ],
  ],
  [
    'Step 1: Empty the fresh water tank',
    [
      j(
        'Park on level ground, or with the drain side slightly lower. Open the fresh tank drain, which is usually a lever valve under',
        'the van or a screw cap inside the tank locker, and let it run until it is empty. If your tank has an inspection hatch, take it',
        'off and sponge out the last few centimetres from the bottom.',
      ),
    ],
    [],
  ],
  [
    'Step 2: Drain the boiler',
    [
      j(
        'Most motorhomes built in the last fifteen years have a Truma or Alde heater with a yellow frost-control dump valve. On Truma',
        'Combi systems the valve opens by itself when the temperature near it drops to around three degrees, but only if the 12V supply',
        'is off. Do not rely on it: lift the yellow lever yourself and put a bucket under the outlet.',
      ),
      j(
        'Leave the valve open for the whole winter. It will look as though nothing is happening for the first minute, until you open a',
        'hot tap and let air into the system.',
      ),
    ],
    [],
  ],
  [
    'Step 3: Open every tap',
    [
      j(
        'Set all mixer taps to the middle position and open them fully, including the shower. Leave the shower head lying in the tray so',
        'it does not hold water in its hose. If you have an outside shower point, open that too.',
      ),
      j(
        'Run the water pump for no more than a few seconds to push out water trapped between the pump and the taps. Running a pump dry',
        'for longer will damage it.',
      ),
    ],
    [],
  ],
  [
    'Step 4: Deal with the waste tank and toilet',
    [
      j(
        'Empty the waste tank at a proper disposal point, then leave its drain open. Empty and rinse the toilet cassette, and store it',
        'with the blade slightly open so the seal does not stick to it over the winter.',
      ),
      j(
        'If your toilet has its own flush tank, drain it from the small cap under the cassette door. Vans with a flush fed from the main',
        'tank are taken care of when you drain the fresh system.',
      ),
    ],
    [],
  ],
  [
    'Common mistakes',
    ['These are the three things our technicians find most often when a van comes in with frost damage:'],
    [
      'Closing the boiler dump valve again in spring before the pipes are checked',
      'Forgetting the water filter housing, which holds a cup of water even when the tank is empty',
      'Leaving the van on a slope so that a low point in the pipework never drains',
    ],
  ],
  [
    'Getting ready again in spring',
    [
      j(
        'When you bring the van back into use, close all the drains and the dump valve, fill the tank and run each tap until the water',
        'runs without spluttering. Then turn on the boiler and check underneath and in every locker for drips.',
      ),
      j(
        'It is also a good moment to sanitise the system, especially if it has been standing for more than a couple of months. Our',
        'spring habitation check includes a full sanitise and a pressure test of the water system.',
      ),
    ],
    [],
  ],
];
const hBody = [...hLead, ...hSecs.flatMap(([, p, l]) => [...p, ...l])];
const hSecHtml = hSecs.map(([h, p, l]) => `<h2>${h}</h2>\n${ps(p)}${l.length > 0 ? `\n<ul>${lis(l)}</ul>` : ''}`).join('\n');
const hNav = ['Motorhomes for Sale', 'Caravans for Sale', 'Service & Repair', 'Parts & Accessories', 'Blog', 'Contact'];
const hRel = [
  'Five Things to Check Before Your First Trip of the Year',
  'Leisure Batteries Explained: AGM, Gel or Lithium?',
  'What Happens in a Habitation Check?',
];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="Our service team explains how to drain down and protect your motorhome water system before the first frost.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<link rel="canonical" href="https://blog.thornfieldleisure.co.uk/how-to-winterise-your-motorhome-water-system">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="https://blog.thornfieldleisure.co.uk/hubfs/hub_generated/template_assets/1/142233/1712849023/template_main.min.css">
<meta property="article:published_time" content="2025-10-07T08:00:00Z"><meta property="article:author" content="Gareth Pellow">
<script>var _hsq = _hsq || []; _hsq.push(["setContentType", "blog-post"]);</script></head>
<body><div class="body-wrapper hs-content-id-150227 hs-blog-post hs-blog-id-884213">
<div data-global-resource-path="thornfield/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-logo"><a href="https://www.thornfieldleisure.co.uk" id="hs-link-site_logo">
<img src="/hubfs/logo.png" alt="Thornfield Leisure"
class="hs-image-widget"></a></span></div><div class="header__column"><div class="header__row-2"><nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(hNav, 'hs-menu-item hs-menu-depth-1 menu__item menu__item--depth-1')}</ul></nav>
<div class="header__search header--element"><form class="hs-search-field__form" action="/hs-search-results"><label class="show-for-sr" for="term">Search</label>
<input type="text" class="hs-search-field__input" name="term" id="term" placeholder="Search"></form></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="https://blog.thornfieldleisure.co.uk/author/gareth-pellow">Gareth Pellow</a>
<time datetime="2025-10-07 08:00:00" class="blog-post__timestamp">Oct 7, 2025 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(hLead)}
<!--more--><p><img src="https://blog.thornfieldleisure.co.uk/hs-fs/hubfs/Blog/dump-valve.jpg?width=700&amp;name=dump-valve.jpg" alt="Yellow boiler dump valve"
width="700" loading="lazy"></p>
${hSecHtml}
<p><span class="hs-cta-wrapper" id="hs-cta-wrapper-5d2c"><span class="hs-cta-node hs-cta-5d2c" id="hs-cta-5d2c">
<a href="https://cta-redirect.hubspot.com/cta/redirect/884213/5d2c"
class="cta_button">Book your spring habitation check</a></span></span></p></span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"><path d="M0 252"></path></svg>
<a class="blog-post__tag-link" href="https://blog.thornfieldleisure.co.uk/tag/maintenance" rel="tag">Maintenance</a>,
<a class="blog-post__tag-link" href="https://blog.thornfieldleisure.co.uk/tag/winter" rel="tag">Winter</a></div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    (t) => `<article class="blog-related-posts__post"><a class="blog-related-posts__title-link" href="/p">
<h3 class="blog-related-posts__title">${t}</h3></a></article>`,
  )
  .join('\n')}
</div></section>
<div class="blog-subscribe"><span id="hs_cos_wrapper_blog_subscription" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_subscribe">
<h3 class="form-title">Subscribe to the Thornfield blog</h3><div id="hs_form_target_blog_subscription"><form class="hs-form stacked" data-form-id="e1d2">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-e1d2"><span>Email</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="email-e1d2" name="email" type="email" class="hs-input"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" value="Subscribe" class="hs-button primary large"></div></div></form></div>
</span></div>
</div></div></main>
<div data-global-resource-path="thornfield/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Thornfield Leisure, Station Road, Wolsey Bridge, Lincolnshire LN8 2QA</p><p>© 2025 Thornfield Leisure Ltd</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-not-indexable="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies on your
computer. These cookies are used to improve your website experience and provide more personalized services to you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cta-embed/static-1.218/embed.js"></script><script id="hs-script-loader" async defer src="/hs/scriptloader/884213.js"></script>
</div></body></html>`;
const winterise: TestPage = page({
  name: 'heldout694-hubspot-winterise-guide',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h),
  body: hBody,
  bylines: ['Gareth Pellow', 'Oct 7, 2025 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Search', 'Book your spring habitation check', 'Maintenance', 'Winter', 'Related posts', ...hRel,
    'Subscribe to the Thornfield blog', 'Email', 'Thornfield Leisure, Station Road, Wolsey Bridge, Lincolnshire LN8 2QA', '© 2025 Thornfield Leisure Ltd',
    j('This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized',
      'services to you.'), 'Accept', 'Decline',
  ],
});

export const HELDOUT694_B2: readonly TestPage[] = [winterise];
