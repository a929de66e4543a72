import { links, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout274-kit.js';

/**
 * Held-out batch 274, file f2: a weather emergency live page from an ABC (Australia)-style public
 * broadcaster (React markup with data-component attributes and hashed classes: the masthead and
 * "Just In" ticker, the emergency banner, the live blog header with its "Key points" written as
 * prose (body), posts with time stamps, author and role, a quoted warning from the weather bureau,
 * the standing "Emergency contacts" box of numbers and links (furniture: it is the same on every
 * emergency page), the "Related stories" rail, the topic tags and the footer with its
 * acknowledgement of country).
 */
const wxTitle = 'Cyclone Marla live: category four system crosses coast near Port Ellery';
const wxKey = paras(`
Tropical Cyclone Marla crossed the coast about 30 kilometres north of Port Ellery at 4:00am as a category four system

Wind gusts of up to 230 kilometres per hour were recorded at Cape Tamsin before the weather station stopped reporting

More than 18,000 homes are without power, and evacuation centres in Port Ellery and Winderra are open
`);
interface WxPost {
  t: string;
  by: string;
  role: string;
  p: string[];
  warn?: string;
}
const wxPosts: WxPost[] = [
  {
    t: '9:25am',
    by: 'Tahlia Brennan',
    role: 'Reporting from Port Ellery',
    p: paras(`
The streets of Port Ellery are littered with fallen trees and sheets of roofing iron this morning. Most shopfronts on the main
street have lost their awnings, and the marina has several boats washed up against the sea wall.

Residents are starting to come out to check on neighbours, but police are urging people to stay home until power lines have been
checked. Several lines are down across Esplanade Road.
`),
  },
  {
    t: '8:10am',
    by: 'Mark Oyelowo',
    role: 'weather reporter',
    warn: 'Marla is expected to weaken steadily as it moves inland, but destructive winds and heavy rainfall remain likely for inland communities '.concat(
      'through the day.',
    ),
    p: paras(`
The Bureau of Meteorology has just issued its latest advice. Marla is now a category two system and is moving south-west at
about 15 kilometres per hour.

The bigger threat now is rain. Falls of 200 to 300 millimetres are forecast for the ranges, and a flood watch has been issued for
the Winderra and Coolabah rivers.
`),
  },
  {
    t: '6:45am',
    by: 'Tahlia Brennan',
    role: 'Reporting from Port Ellery',
    p: paras(`
The State Emergency Service says it received more than 400 calls for help overnight, mostly for roof damage and fallen trees.
Crews will not be sent out until winds drop below 90 kilometres per hour.

Emergency Services Minister Colleen Radford said there were no reports of serious injuries so far, which she called "a credit to
people who listened to the warnings and left early".

Schools across the region will stay closed today and tomorrow, and the regional airport will not reopen until its runway has been
cleared of debris.
`),
  },
];
const wxBody = [...texts(wxKey), ...wxPosts.flatMap((p) => [...(p.warn ? [p.warn] : []), ...texts(p.p)])];
const wxNav = ['Home', 'Just In', 'For You', 'Local', 'Politics', 'World', 'Business', 'Analysis', 'Sport', 'Health', 'Weather'];
const wxEmerg = ['SES assistance: 132 500', 'Life-threatening emergencies: 000', 'Check road closures', 'Find your nearest evacuation centre'];
const wxRel = ['What to do when a cyclone warning is issued', 'How to build an emergency kit', 'Why northern cyclone seasons are getting harder to predict'];
const wxTags = ['Cyclones', 'Storms', 'Emergency Incidents', 'North Coast'];
const wxFoot = ['Contact the SBC', 'SBC Help Centre', 'Accessibility', 'Privacy Policy', 'Terms of Use', 'Editorial Policies'];
const wxPost = (p: WxPost, i: number): string => `<article data-component="LiveBlogPost" class="LiveBlogPost_post__2cK9p" id="post-${i}">
<div class="LiveBlogPost_meta__1Xa0B"><time data-component="Timestamp" datetime="2026-01-28">${p.t}</time>
<div data-component="Byline" class="Byline_byline__8b2Lr"><span class="Byline_name__3hY7A">${p.by}</span>
<span class="Byline_role__1Qw8d">${p.role}</span></div></div>
<div data-component="LiveBlogPostBody">${p.warn ? `<blockquote data-component="Blockquote"><p>${p.warn}</p></blockquote>` : ''}
${p.p.map((x) => `<p class="paragraph_paragraph__3Hrfa">${x}</p>`).join('\n')}</div></article>`;
const wxHtml = `<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>${wxTitle} - SBC News</title>
<meta name="description" content="${wxKey[0]}"><meta property="og:site_name" content="SBC News">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"LiveBlogPosting","headline":"${wxTitle}",
"coverageStartTime":"2026-01-28T04:00:00+10:00","publisher":{"@type":"Organization","name":"Southern Broadcasting Corporation"}}</script>
<script>window.__API__={"documentType":"Article","isLiveBlog":true,"topics":["Cyclones"]};</script></head>
<body><div id="app"><a href="#content" class="SkipLinks_link__2ZGm8">Skip to main content</a>
<header data-component="Masthead" class="Masthead_masthead__1uJ9t"><a href="/news" data-component="Logo">SBC News</a>
<nav data-component="Navigation"><ul>${links(wxNav, 'Navigation_item__3Lp9v')}</ul></nav>
<div data-component="JustIn" class="JustIn_ticker__1p8Lm"><span>Just In</span>
<a href="/news/justin/1">Council elections postponed in flood-hit shires</a></div></header>
<div data-component="EmergencyBanner" class="EmergencyBanner_banner__k2P0a"><p>Emergency: Cyclone Marla. Follow the advice of emergency services.</p>
<a href="/emergency">Find your local emergency broadcaster</a></div>
<main id="content"><article data-component="Article"><header data-component="LiveBlogHeader"><span class="LiveBlogHeader_live__3vQ1g">LIVE</span>
<h1 data-component="Heading" class="Heading_heading__2Wz1r">${wxTitle}</h1>
<div data-component="Byline" class="Byline_byline__8b2Lr"><span>By Tahlia Brennan and Mark Oyelowo</span></div>
<div data-component="Timestamp"><span>Updated 28 Jan 2026, 9:25am</span><span>First posted 28 Jan 2026, 4:30am</span></div>
<div data-component="ShareUtility"><button>Share</button><button>Copy link</button></div></header>
<section data-component="KeyPoints" class="KeyPoints_keyPoints__3aNzQ"><h2 class="KeyPoints_title__1Zq3s">Key points:</h2>
<ul>${lis(wxKey, 'KeyPoints_item__2Bx9T')}</ul></section>
<aside data-component="EmergencyContacts" class="EmergencyContacts_box__3kZfT"><h3>Emergency contacts</h3><ul>${links(wxEmerg)}</ul></aside>
<div data-component="LiveBlogPostList">${wxPosts.map(wxPost).join('\n')}</div>
<div data-component="LoadMore"><button>Show more posts</button></div>
<div data-component="Topics"><h3>Topics:</h3><ul>${links(wxTags)}</ul></div></article>
<aside data-component="RelatedStories"><h2>Related stories</h2><ul>${links(wxRel)}</ul></aside></main>
<footer data-component="Footer"><p>We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the
lands where we live, learn, and work.</p><ul>${links(wxFoot)}</ul><p>© 2026 Southern Broadcasting Corporation</p></footer></div></body></html>`;
export const weatherLive: TestPage = {
  name: 'heldout274-abc-au-weather-emergency-live-news',
  kind: 'news',
  html: wxHtml,
  title: wxTitle,
  headings: ['Key points:'],
  body: wxBody,
  bylines: [
    ...wxPosts.map((p) => p.t),
    'Tahlia Brennan',
    'Reporting from Port Ellery',
    'Mark Oyelowo',
    'weather reporter',
    'By Tahlia Brennan and Mark Oyelowo',
    'Updated 28 Jan 2026, 9:25am',
    'First posted 28 Jan 2026, 4:30am',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'SBC News', ...wxNav, 'Council elections postponed in flood-hit shires',
    'Emergency: Cyclone Marla. Follow the advice of emergency services.', 'Find your local emergency broadcaster', 'LIVE', 'Share', 'Copy link',
    'Emergency contacts', ...wxEmerg, 'Show more posts', 'Topics:', ...wxTags, 'Related stories', ...wxRel,
    'We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, '.concat(
      'learn, and work.'),
    ...wxFoot, '© 2026 Southern Broadcasting Corporation',
  ],
};
