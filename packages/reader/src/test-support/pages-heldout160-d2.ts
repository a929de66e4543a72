import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 160, file d2: a Guardian football match report on the DCR template (the "Support the Guardian" header
 * with the edition switch and sign-in, the pillar and sport sub-nav, the match scoreboard with scorers and the "Report",
 * "Live", "Info" tabs, the series label, the standfirst, the byline with the ground, the date line, share and comment
 * counts, the lead image caption, the in-body "Related" link, the "Explore more on these topics" keyword list, the
 * contributions epic, the comments section with sign-in prompt, "Most viewed" and the footer).
 */
const guTitle = 'Okafor and Lindqvist strike as Ashford Rovers edge Kingsmere City in thriller';
const guDek = 'Ten-man Rovers held on after a late red card to climb into the top four for the first time this season.';
const guP = [
  'There was a moment, deep into stoppage time, when it seemed Ashford Rovers would let another lead slip away. Kingsmere’s ' +
    'substitute Adi Mensah met a cross at the far post and for a second the whole of Vale Road held its breath, before his ' +
    'header bounced off the crossbar and out for a goal-kick.',
  'Rovers survived, and the noise when the final whistle went a minute later said everything about what this win meant. Three ' +
    'times this season they have dropped points from winning positions in the last ten minutes. This time, with ten men and ' +
    'a back line held together by willpower, they did not.',
  'Victor Okafor gave them the lead in the 23rd minute, running on to a clever pass from Joel Harrow and clipping a shot over the ' +
    'advancing goalkeeper. It was his seventh goal of the season and the reward for a bright start in which Rovers pressed high ' +
    'and forced Kingsmere into a string of hurried clearances.',
  'City improved after the break. Their captain, Ryan Ostler, began dropping deep to collect the ball and the visitors had ' +
    'much more of it. The equaliser arrived just before the hour when Luca Ferri’s shot from the edge of the area took a ' +
    'deflection off Harrow’s heel and looped in.',
  'Rovers’ manager, Siobhan Kearney, responded by bringing on the Swedish winger Elias Lindqvist, and the change paid off within ' +
    'ten minutes. Lindqvist cut in from the left and curled a shot into the far corner, his first goal since arriving in the summer.',
  'Then came the complication. With five minutes left, the centre-back Tomás Reyes was shown a second yellow card for a clumsy ' +
    'challenge on Mensah, and Kingsmere threw everything forward. Ferri forced a fine save from Dan Whitcombe, and Ostler sent a ' +
    'volley narrowly wide before Mensah’s late header hit the bar.',
  '“We’ve been talking about this for weeks, about how to see games out,” Kearney said. “Today we were not pretty at the end, ' +
    'but we stuck together, and sometimes that is what you need.”',
  'Her opposite number, Gareth Lyle, was frustrated but not downhearted. “We were the better side for most of the second half. ' +
    'If that header goes in, everybody is talking about our character instead of theirs,” he said.',
  'The win lifts Rovers into fourth place, a point ahead of Kingsmere, with a trip to the leaders to come next weekend.',
];
const guPillars = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const guSub = ['Football', 'Cricket', 'Rugby union', 'Tennis', 'Cycling', 'F1', 'Golf', 'US sports'];
const guScorers = ['Okafor 23', 'Lindqvist 69', 'Ferri 58'];
const guCaption = 'Elias Lindqvist celebrates after curling in Ashford Rovers’ winner.';
const guTopics = ['Ashford Rovers', 'Kingsmere City', 'Championship', 'match reports'];
const guEpic = [
  'I hope you appreciated this article. Before you move on, I wanted to ask if you would consider supporting the Guardian’s journalism.',
  'We have no shareholders and no billionaire owner. Our journalism is funded by our readers.',
];
const guMost = ['Kearney signs new three-year deal at Rovers', 'The Fiver | Ten men, one crossbar and a lot of relief', 'Football Weekly: top-four race'];
const guFoot = ['About us', 'Contact us', 'Complaints & corrections', 'SecureDrop', 'Work for us', 'Privacy policy', 'Cookie policy', 'Terms & conditions'];
const guHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ashford Rovers 2-1 Kingsmere City: Championship – match report | Football | The Guardian</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="${guDek}">
<meta property="og:title" content="${guTitle}"><meta property="og:site_name" content="the Guardian"><meta property="article:section" content="Football">
<link rel="canonical" href="https://www.theguardian.com/football/2025/nov/15/ashford-rovers-kingsmere-city-championship-match-report">
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"NewsArticle","headline":"${guTitle}","datePublished":"2025-11-15T17:21:00.000Z",
"author":[{"@type":"Person","name":"Mark Ellison"}],"publisher":{"@type":"Organization","name":"The Guardian"}}]</script>
<script>window.guardian={"config":{"page":{"contentType":"Article","section":"football","tone":"Match reports"}}};</script></head>
<body><div data-gu-name="top-bar"><a data-link-name="nav3 : support-cta" href="https://support.theguardian.com">Support the Guardian</a>
<span>Fund the free press with £4 per month</span><a href="/preference/edition/uk">UK edition</a>
<a href="https://profile.theguardian.com/signin">Sign in</a></div>
<header data-component="nav4"><nav aria-label="Guardian sections"><ul data-testid="pillar-list">${links(guPillars, 'dcr-pillar')}</ul>
<ul data-testid="sub-nav">${links(guSub, 'dcr-subnav')}</ul></nav></header>
<main data-layout="StandardLayout"><div class="dcr-match-header" data-gu-name="match-header">
<div class="dcr-team"><span>Ashford Rovers</span><span class="dcr-score">2</span></div>
<div class="dcr-team"><span>Kingsmere City</span><span class="dcr-score">1</span></div>
<ul class="dcr-scorers">${guScorers.map((s) => `<li>${s}</li>`).join('')}</ul>
<nav class="dcr-match-tabs"><a href="#">Report</a><a href="#">Live</a><a href="#">Info</a></nav></div>
<article class="dcr-article"><div data-gu-name="title"><a class="dcr-series" href="/football/championship">Championship</a></div>
<div data-gu-name="headline"><h1>${guTitle}</h1></div>
<div data-gu-name="standfirst"><div class="dcr-standfirst"><p>${guDek}</p></div></div>
<div data-gu-name="media"><figure><img src="https://i.guim.example/img/media/lindqvist.jpg" alt=""><figcaption>
<span class="dcr-caption">${guCaption}</span> <span>Photograph: Kirsty Mallon/Shutterstock</span></figcaption></figure></div>
<div data-gu-name="meta"><address aria-label="Contributor info"><a rel="author" href="/profile/mark-ellison">Mark Ellison</a> at Vale Road</address>
<details><summary>Sat 15 Nov 2025 17.21 GMT</summary></details>
<div class="dcr-share"><button aria-label="Share">Share</button><a href="#comments" data-testid="comment-counts">241</a></div></div>
<div data-gu-name="body" class="article-body-commercial-selector article-body-viewer-selector dcr-1ylnx3u">
${ps(guP.slice(0, 4), ' class="dcr-s3ycb2"')}
<aside data-spacefinder-role="supporting"><p>Related: <a href="/football/2025/nov/14/championship-preview">Championship talking points</a></p></aside>
${ps(guP.slice(4), ' class="dcr-s3ycb2"')}
</div>
<div data-gu-name="footer"><h2>Explore more on these topics</h2><ul>${links(guTopics)}</ul>
<div class="dcr-share"><span>Share</span><span>Reuse this content</span></div></div>
<div data-gu-name="epic" class="contributions__epic"><p>${guEpic[0]}</p><p>${guEpic[1]}</p><a href="https://support.theguardian.com">Support us</a></div>
</article>
<section id="comments" data-component="discussion"><h2>Comments (241)</h2>
<p>Sign in or create your Guardian account to join the discussion.</p><button>Display threads</button></section>
<section data-component="most-viewed"><h2>Most viewed</h2><ol>${links(guMost)}</ol></section></main>
<footer data-component="footer"><ul>${links(guFoot)}</ul>
<p>© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved.</p></footer>
<script src="https://assets.guim.example/assets/frameworks.js" defer></script></body></html>`;
export const guardianReport: TestPage = {
  name: 'heldout160-guardian-match-report',
  kind: 'news',
  html: guHtml,
  title: guTitle,
  headings: [],
  // the standfirst is body; the scoreboard (teams, scores, scorers) is furniture; "at Vale Road" sits in the byline line
  body: [guDek, ...texts(guP)],
  bylines: ['Mark Ellison at Vale Road', 'Sat 15 Nov 2025 17.21 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Support the Guardian', 'Fund the free press with £4 per month', 'UK edition', 'Sign in', ...guPillars, ...guSub, 'Ashford Rovers', 'Kingsmere City',
    ...guScorers, 'Report', 'Live', 'Info', 'Championship', guCaption, 'Photograph: Kirsty Mallon/Shutterstock', 'Share', '241',
    'Related: Championship talking points', 'Explore more on these topics', 'match reports', 'Reuse this content', ...guEpic, 'Support us',
    'Comments (241)', 'Sign in or create your Guardian account to join the discussion.', 'Display threads', 'Most viewed', ...guMost, ...guFoot,
    '© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved.',
  ],
};
