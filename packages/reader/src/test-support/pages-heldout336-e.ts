import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout336-kit.js';
import { expertAnswer } from './pages-heldout336-e2.js';

/**
 * Held-out batch 336, file e: a news story on mental-health research in the Guardian's DCR template (data-gu-name blocks
 * for headline, standfirst and meta, the pillar nav, the dateline in a details element, share and comment-count buttons,
 * the main figure with caption and credit, an inline "Read more" link, the reader-revenue epic, "Explore more on these
 * topics", "Most viewed" and the footer) and, from file e2, a psychiatrist's Q&A explainer (Mayo Clinic "Expert Answers"-style).
 */
const gTitle = 'Group walking as effective as talking therapy for mild depression, trial finds';
const gStand = j(
  'Researchers say results from 14 GP practices suggest outdoor walking groups could help shorten waiting lists,',
  'but warn they are not a substitute for treatment in severe cases',
);
const gBody = [
  j(
    'Weekly group walks led by trained volunteers helped adults with mild to moderate depression as much as a standard course of',
    'talking therapy, according to the largest trial of its kind in the UK.',
  ),
  j(
    'The study, run by researchers at the University of Eastmoor, followed 612 adults referred by their GPs in the north-west',
    'of England. Half were offered twelve weeks of cognitive behavioural therapy and half were offered a place in a walking group',
    'that met twice a week in local parks.',
  ),
  j(
    'After six months, symptom scores had fallen by a similar amount in both groups, and the proportion of people who no longer',
    'met the threshold for depression was 41% among walkers and 43% among those who had therapy, a difference the team said',
    'was within the margin of error.',
  ),
  j(
    '“We were genuinely surprised by how close the results were,” said Prof Aurelia Mendes, who led the trial. “We think the',
    'combination of exercise, daylight and regular contact with other people is doing a lot of the work.”',
  ),
  j(
    'The researchers stressed that the findings applied only to milder depression. People with severe symptoms or thoughts of',
    'suicide were excluded from the study, and those who dropped out of the walking groups were more likely to say they had',
    'felt too low to leave the house.',
  ),
  j(
    'Waiting times for NHS talking therapies have grown in many areas, with some patients waiting more than four months for a',
    'first session. Dr Kwame Asante-Boyd, a GP in Salford who was not involved in the research, said walking groups could offer',
    'something useful in the meantime.',
  ),
  j(
    '“Patients often ask me what they can do while they wait,” he said. “Being able to offer something structured, free and',
    'sociable on the same day would make a real difference, as long as we keep a close eye on anyone who is getting worse.”',
  ),
  j(
    'The walking groups cost about £90 per participant to run, compared with around £700 for a course of therapy. The team now',
    'plans a larger study to see whether combining the two gives better results than either alone.',
  ),
  j('The trial was funded by the National Institute for Health and Care Research and the findings are published in the journal', 'Lancet Psychiatry Open.'),
];
const gPillars = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const gSub = ['UK news', 'World', 'Climate crisis', 'Science', 'Society', 'Global development'];
const gTopics = ['Depression', 'Mental health', 'Exercise', 'Walking'];
const gMost = [
  'Cold snap to bring snow to much of Scotland by Thursday',
  'Review: the new Ashcombe opera house opens with a triumph',
  'Why so many of us are giving up on dating apps',
];
const gFoot = ['About us', 'Contact us', 'Complaints & corrections', 'Terms & conditions', 'Privacy policy', 'Cookie policy', 'Work for us'];
const gHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Group walking as effective as talking therapy for mild depression, trial finds | Depression | The Northern Courier</title>
<meta name="description" content="${gStand}"><meta property="og:type" content="article"><meta property="article:section" content="Society">
<meta property="article:published_time" content="2026-02-16T06:00:00.000Z"><meta name="author" content="Hollis Penhaligon">
<link rel="canonical" href="https://www.northerncourier.example/society/2026/feb/16/group-walking-depression-trial">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${gTitle}",
"author":[{"@type":"Person","name":"Hollis Penhaligon"}],"datePublished":"2026-02-16T06:00:00.000Z"}</script>
<script>window.guardian={"config":{"page":{"contentType":"Article","section":"society","isPaidContent":false}}};</script></head>
<body><div id="bannerandheader"><div data-component="nav3"><a href="#maincontent" class="dcr-1p0hins">Skip to main content</a>
<header data-component="header" class="dcr-1iq4rl"><div class="dcr-a4bqc9"><a href="/support" data-link-name="header : support">Support us</a>
<a href="/signin" data-link-name="nav3 : topbar : signin">Sign in</a></div><nav aria-label="Sections" data-component="nav2">
<ul class="dcr-k0v9dr">${links(gPillars, 'dcr-pillar')}</ul><ul class="dcr-subnav">${links(gSub, 'dcr-subnav-item')}</ul></nav></header></div></div>
<main data-layout="StandardLayout"><article class="dcr-1f2lkiw"><div class="dcr-section"><a data-link-name="article section" href="/society/depression">
<span class="dcr-1h4p5ue">Depression</span></a></div>
<div data-gu-name="headline" class="dcr-1y6o7ui"><div class="dcr-0"><h1 class="dcr-12ff6xd">${gTitle}</h1></div></div>
<div data-gu-name="standfirst" class="dcr-1jkcfn8"><div class="dcr-ov9cjn"><p>${gStand}</p></div></div>
<div data-gu-name="media" class="dcr-1wfbbhd"><figure class="dcr-1u1r4gd" data-spacefinder-role="inline"><div class="dcr-ewuqzh"><picture>
<img alt="A walking group on a path through a park" src="https://i.courier.example/img/media/2026/walkers.jpg" width="445" height="267"></picture></div>
<figcaption data-spacefinder-role="inline" class="dcr-14u7ojk"><span class="dcr-1inf02i">Walkers in Heaton Park, Manchester. Participants met twice a week
for twelve weeks.</span> Photograph: Imogen Strand/The Northern Courier</figcaption></figure></div>
<div data-gu-name="meta" class="dcr-1n8c8m5"><address aria-label="Contributor info" data-component="meta-byline"><div class="dcr-0">
<a rel="author" class="dcr-ioikmz" data-link-name="auto tag link" href="/profile/hollis-penhaligon">Hollis Penhaligon</a> Health correspondent</div>
</address><div class="dcr-1eu361v"><details class="dcr-km9fgb" data-gu-name="dateline"><summary class="dcr-1ybxn6r">
<span class="dcr-u0h1qy">Mon 16 Feb 2026 06.00 GMT</span></summary></details></div>
<div class="dcr-share"><button data-link-name="share-button" class="dcr-sharebtn">Share</button>
<a data-link-name="cmt_count" href="#comments" class="dcr-cmt"><span>183</span></a></div></div>
<div data-gu-name="body" class="dcr-1l1f9he"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-11jq3zt">
${ps(gBody.slice(0, 4), ' class="dcr-s3ycb2"')}
<aside data-spacefinder-role="richLink" class="dcr-rich-link"><div class="dcr-1gsi3ri"><div class="dcr-1a2y0jh">Read more</div>
<a data-link-name="in body link" href="/society/2026/jan/30/therapy-waiting-times">NHS therapy waits hit record high as demand rises</a></div></aside>
${ps(gBody.slice(4), ' class="dcr-s3ycb2"')}
</div><div id="slot-body-end"><div class="dcr-epic"><h2 class="dcr-epic-heading">Before you go…</h2>
<p>We’re funded by our readers, not by shareholders. If you value independent health reporting, please support us today.</p>
<a href="/contribute" class="dcr-epic-btn">Support us</a></div></div>
<div class="dcr-keywords"><span class="dcr-kw-title">Explore more on these topics</span><ul>${links(gTopics, 'dcr-keyword')}</ul></div>
<div class="dcr-share-bottom"><button class="dcr-sharebtn">Share</button><a href="/help/corrections">Reuse this content</a></div></div>
</article>
<section data-component="most-popular"><h2 class="dcr-mp-title">Most viewed</h2><ol>${links(gMost, 'dcr-mp-item')}</ol></section></main>
<footer data-component="footer" class="dcr-footer"><ul>${links(gFoot)}</ul><p>© 2026 The Northern Courier Media Group. All rights reserved.</p></footer>
<script src="https://assets.courier.example/assets/frameworks.client.web.js" defer></script></body></html>`;

const courier: TestPage = {
  name: 'heldout336-guardian-dcr-research-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts([gStand, ...gBody]),
  bylines: ['Hollis Penhaligon', 'Health correspondent', 'Mon 16 Feb 2026 06.00 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Support us', 'Sign in', ...gPillars, ...gSub, 'Depression',
    'Walkers in Heaton Park, Manchester. Participants met twice a week for twelve weeks.', 'Photograph: Imogen Strand/The Northern Courier',
    'Share', '183', 'Read more', 'NHS therapy waits hit record high as demand rises', 'Before you go…',
    'We’re funded by our readers, not by shareholders. If you value independent health reporting, please support us today.',
    'Explore more on these topics', ...gTopics.slice(1), 'Reuse this content', 'Most viewed', ...gMost, ...gFoot,
    '© 2026 The Northern Courier Media Group. All rights reserved.',
  ],
};

export const HELDOUT336_E: readonly TestPage[] = [courier, expertAnswer];
