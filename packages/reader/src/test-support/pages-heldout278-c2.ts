import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout278-kit.js';

/**
 * Held-out batch 278, file c2: an article from The Conversation (UK edition): edition and section menus, donation
 * banner, authors with their roles, published date, share bar, lead image with caption and credit, inline "Read more"
 * promos, pull quote, republish box, disclosure statement and partners, topics, newsletter sign-up, events and jobs
 * rails, footer.
 */
const title = 'Why your garden pond could be a refuge for Britain’s declining frogs';
const intro = [
  j(
    'Garden ponds are often dismissed as ornaments, but for the common frog they may now matter more than the countryside.',
    'Across much of lowland Britain, field ponds have been filled in, drained or left to silt up, and those that remain are',
    'frequently polluted by fertiliser run-off. Our surveys suggest that in some districts more than half of all frog',
    'spawn is now laid in gardens.',
  ),
  j(
    'Over three springs, more than 2,400 volunteers counted spawn clumps in their own ponds and reported them through a',
    'simple online form. We compared these records with counts from 310 farmland ponds surveyed by project staff in the',
    'same weeks.',
  ),
];
const secs: [string, string[]][] = [
  [
    'Small ponds, big numbers',
    [
      j(
        'The average garden pond held 11 clumps of spawn, against 4 in a farmland pond. Garden ponds are smaller, but they are',
        'also more numerous and, crucially, they rarely contain fish, which eat tadpoles. Ponds less than two metres across',
        'were used just as often as larger ones, provided they had a shallow, sloping edge.',
      ),
      j(
        'This matters because frogs have declined sharply in the wider landscape. Although the species is still widespread,',
        'records from long-running monitoring schemes point to local losses wherever arable farming has intensified.',
      ),
    ],
  ],
  [
    'What makes a good frog pond',
    [
      'Our data, together with earlier work, point to a few simple features that make a pond more likely to be used:',
      'The quality of the surrounding garden mattered too. Ponds within ten metres of long grass, a hedge or a log pile had more',
    ],
  ],
];
const tips = [
  'a shallow margin where spawn can warm up in spring sunshine;',
  'no fish, including goldfish, which can eat large numbers of tadpoles;',
  'rainwater rather than tap water for topping up, to keep nutrient levels low;',
  'some native plants to provide cover, but open water in at least half of the surface.',
];
const tail = [
  j(
    'Gardens cannot replace a thriving countryside. But they can act as stepping stones that keep frogs in the landscape',
    'while farmland ponds are restored. If you are thinking of digging a pond this spring, even a small one could make a',
    'difference.',
  ),
];
const body = [
  ...intro,
  ...(secs[0]?.[1] ?? []),
  secs[1]?.[1][0] ?? '',
  ...tips,
  `${secs[1]?.[1][1] ?? ''} spawn, perhaps because young frogs need damp cover once they leave the water.`,
  ...tail,
];
const furn = [
  'Edition:',
  'United Kingdom',
  'Donate',
  'Get newsletter',
  'Become an author',
  'Sign up as a reader',
  'Sign in',
  'Home',
  'Arts + Culture',
  'Business + Economy',
  'Environment',
  'Health',
  'Science + Technology',
  'Politics + Society',
  'Academic rigour, journalistic flair',
  'Common frog spawn in a garden pond in Derbyshire.',
  'Ian Garrow/Shutterstock',
  'Copy link',
  'Email',
  'Bluesky',
  'Facebook',
  'WhatsApp',
  'Messenger',
  'LinkedIn',
  'Print',
  'Read more: Hedgehogs are moving into towns – here’s how to make your garden welcoming',
  'Read more: The quiet decline of the great crested newt',
  'Republish this article',
  'We believe in the free flow of information',
  'Republish our articles for free, online or in print, under Creative Commons licence.',
  'Disclosure statement',
  j(
    'Maren Tollgaard receives funding from the Natural Environment Research Council. Aled Pryce-Morgan',
    'does not work for, consult, own shares in or receive funding from any company or organisation that',
    'would benefit from this article, and has disclosed no relevant affiliations beyond their academic',
    'appointment.',
  ),
  'Partners',
  'University of Ashcombe provides funding as a member of The Conversation UK.',
  'Amphibians',
  'Gardening',
  'Freshwater habitats',
  'Citizen science',
  'Get the news that’s free, independent and based on evidence.',
  'Get newsletter',
  'Events',
  'Jobs',
  'Lecturer in Freshwater Ecology',
  'Head of Research Partnerships',
  'Who we are',
  'Our charter',
  'Our team',
  'Partners and funders',
  'Resource for media',
  'Contact us',
  'Privacy policy',
  'Terms and conditions',
  'Corrections',
  'Copyright © 2010–2026, The Conversation Media Group Ltd',
];
const bylines = [
  'Maren Tollgaard',
  'Senior Lecturer in Ecology, University of Ashcombe',
  'Aled Pryce-Morgan',
  'PhD Candidate in Conservation Biology, University of Ashcombe',
  'Published: March 5, 2026 3:14pm GMT',
];
const author = (
  n: string,
  role: string,
): string => `<li class="author"><a class="author-link" href="/profiles/${n.toLowerCase().replace(/ /g, '-')}-14${n.length}">
<img class="avatar" src="https://images.theconversation.com/avatars/${n.length}/width170.png" alt=""><span class="author-name">${n}</span></a>
<span class="role">${role}</span></li>`;
const html = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title>
<meta name="description" content="Garden ponds are often dismissed as ornaments."><meta property="og:site_name" content="The Conversation">
<meta property="article:published_time" content="2026-03-05T15:14:22Z"><meta property="article:author"
content="https://theconversation.com/profiles/maren-tollgaard">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2026-03-05T15:14:22Z",
"publisher":{"@type":"Organization","name":"The Conversation"}}</script><link rel="stylesheet" href="https://cdn.theconversation.com/assets/application.css">
</head><body class="articles show uk"><div id="react-root"><header class="site-header" data-react-class="Header"><div class="top-bar"><div
class="edition-picker"><span
>Edition:</span> <a href="/uk">United Kingdom</a></div><ul class="utility-links"><li><a href="https://donate.theconversation.com/uk">Donate</a></li>
<li><a href="/uk/newsletters">Get newsletter</a></li><li><a href="/become-an-author">Become an author</a></li></ul>
<ul class="account"><li><a href="/sign_up">Sign up as a reader</a></li><li><a href="/sign_in">Sign in</a></li></ul></div>
<div class="branding"><a href="/uk" class="logo"><img src="/logo.svg" alt="The Conversation"></a><p class="tagline">Academic rigour, journalistic
flair</p></div>
<nav class="sections"
aria-label="Sections"><ul>${links([
  'Home',
  'Arts + Culture',
  'Business + Economy',
  'Environment',
  'Health',
  'Science + Technology',
  'Politics + Society',
])}</ul></nav></header>
<main id="main-content"><article class="article" itemscope itemtype="http://schema.org/Article"><header class="content-header">
<h1 class="legacy entry-title instapaper_title" itemprop="name">${title}</h1><div class="content-authors-group"><ul class="authors">
${author('Maren Tollgaard', bylines[1] ?? '')}${author('Aled Pryce-Morgan', bylines[3] ?? '')}</ul></div>
<div class="timestamps"><time datetime="2026-03-05T15:14:22Z">Published: March 5, 2026 3:14pm GMT</time></div></header>
<figure class="align-center"><img alt="" src="https://images.theconversation.com/files/601/original/file-2026.jpg?ixlib=rb-4.1.0">
<figcaption><span class="caption">Common frog spawn in a garden pond in Derbyshire.</span> <span class="attribution"><a class="source"
href="https://www.shutterstock.com">Ian Garrow/Shutterstock</a></span></figcaption></figure>
<div class="share-bar" data-react-class="ShareBar"><ul
class="share-links">${links(['Copy link', 'Email', 'Bluesky', 'Facebook', 'WhatsApp', 'Messenger', 'LinkedIn', 'Print'])}</ul></div>
<div class="grid-ten large-grid-nine grid-last content-body content entry-content instapaper_body inline-promos" itemprop="articleBody">
${ps(intro)}
<p><strong>Read more: <a href="https://theconversation.com/hedgehogs-are-moving-into-towns-241193">Hedgehogs are moving into towns – here’s how to make your
garden
welcoming</a></strong></p>
<h2>${secs[0]?.[0]}</h2>
${ps(secs[0]?.[1] ?? [])}
<h2>${secs[1]?.[0]}</h2>
<p>${secs[1]?.[1][0]}</p><ul>${tips.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${secs[1]?.[1][1]} spawn, perhaps because young frogs need damp cover once they leave the water.</p>
<p><strong>Read more: <a href="https://theconversation.com/the-quiet-decline-of-the-great-crested-newt-230008">The quiet decline of the great crested
newt</a></strong></p>
${ps(tail)}
</div>
<aside class="republish-box" data-react-class="RepublishBox"><h3>Republish this article</h3><p class="lead">We believe in the free flow of information</p>
<p>Republish our articles for free, online or in print, under Creative Commons licence.</p><button class="button">Republish this article</button></aside>
<div class="disclosure"><h4>Disclosure statement</h4><p>Maren Tollgaard receives funding from the Natural Environment Research Council. Aled Pryce-Morgan does
not
work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article, and has disclosed no relevant
affiliations beyond their academic appointment.</p><h4>Partners</h4><p>University of Ashcombe provides funding as a member of The Conversation UK.</p></div>
<div class="topic-list-container"><ul
class="topic-list">${links(['Amphibians', 'Gardening', 'Freshwater habitats', 'Citizen science'], 'topic-list-item')}</ul></div>
</article><aside class="sidebar"><div class="newsletter-signup"><p>Get the news that’s free, independent and based on evidence.</p><a class="button"
href="/uk/newsletters">Get newsletter</a></div><section class="events"><h2>Events</h2><ul><li><a href="/events/1">Webinar: rewilding the suburbs</a></li></ul>
</section><section class="jobs"><h2>Jobs</h2><ul>${links(['Lecturer in Freshwater Ecology', 'Head of Research Partnerships'])}</ul></section></aside></main>
<footer class="site-footer"><ul>${links(['Who we are', 'Our charter', 'Our team', 'Partners and funders', 'Resource for media', 'Contact us'])}</ul>
<ul class="legal">${links(['Privacy policy', 'Terms and conditions', 'Corrections'])}</ul><p class="copyright">Copyright © 2010–2026, The Conversation Media
Group Ltd</p>
</footer></div></body></html>`;

export const conversationPage: TestPage = {
  name: 'heldout278-theconversation-news',
  kind: 'news',
  html,
  title,
  headings: secs.map(([h]) => h),
  body: texts(body),
  bylines,
  furniture: [...furn.filter((f, i) => furn.indexOf(f) === i), 'Webinar: rewilding the suburbs'],
};
