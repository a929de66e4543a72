import { links, ps, type TestPage, texts } from './page-kit.js';
import { medicalXpress } from './pages-heldout192-e2.js';

/**
 * Held-out batch 192, file e: a ScienceDaily story on its Bootstrap 3 template (the top strip with "Your source for the latest
 * research news", "Follow" and "Subscribe" links, the navbar with section dropdowns, the h1, the Date / Source / Summary
 * definition list, the "Share:" bar, the "FULL STORY" label, the lead paragraph and story text, the "RELATED TOPICS" and
 * "RELATED TERMS" boxes, "Story Source:", "Journal Reference:", "Cite This Page:" with its MLA / APA / Chicago tabs,
 * "Advertisement" slots, "RELATED STORIES" with dates and teasers, the "Explore More" block, the free subscriptions, follow
 * and feedback boxes and the footer's disclaimers) and, from file e2, a Medical Xpress story.
 */
const title = 'Afternoon naps linked to sharper memory in people with mild hearing loss';
const summary =
  'Older adults with mild hearing loss who took a short afternoon nap scored better on memory tests than those who did not, a ' +
  'new study finds. The benefit was largest for naps of 20 to 40 minutes.';
const lead =
  'Older adults with mild hearing loss who regularly take a short afternoon nap may remember more of what they hear, according ' +
  'to a study of nearly 900 people published this month.';
const p = [
  'Hearing loss is one of the largest modifiable risk factors for dementia. One explanation is that people who struggle to hear ' +
    'must work harder to follow conversations, leaving fewer mental resources for storing what was said. Researchers at the ' +
    'University of Essling wondered whether a daytime nap, which is known to help consolidate memories, might offset some of ' +
    'that extra load.',
  'The team followed 874 adults aged 60 to 82, all of whom had mild hearing loss but did not use hearing aids. Participants ' +
    'wore a wrist sensor for two weeks to record their sleep, including any daytime naps, and then completed a series of tests ' +
    'in which they listened to short stories and word lists and were asked to recall them an hour later.',
  'Those who napped for 20 to 40 minutes on most afternoons recalled on average 14% more details from the stories than those ' +
    'who did not nap, after accounting for age, education, night-time sleep and overall health. Longer naps, of more than an ' +
    'hour, showed no benefit and were linked to slightly worse scores on some tests.',
  '"We were surprised by how clear the pattern was," said Dr. Corinne Achterberg, professor of audiology at Essling and senior ' +
    'author of the study. "A short nap seems to give the brain a chance to catch up on processing what it has heard. But more is ' +
    'not better -- long naps may be a sign of other health problems."',
  'The researchers caution that the study was observational and cannot show that napping itself improves memory. People who ' +
    'take short naps may differ in other ways from those who do not. The team is now planning a trial in which some ' +
    'participants will be asked to take a scheduled nap each afternoon for three months.',
  'Achterberg said the findings should not replace hearing aids, which remain the most effective way to reduce listening ' +
    'effort. "If you have hearing loss, get it treated," she said. "But a short nap is free, and it might help."',
];
const nav = ['Home', 'Health', 'Tech', 'Enviro', 'Society', 'Quirky'];
const topics = ['Health & Medicine', 'Hearing Loss', 'Sleep Disorders', 'Healthy Aging', 'Mind & Brain', 'Memory'];
const terms = ['Hearing impairment', 'Sleep', 'Short-term memory', 'Dementia'];
const source = 'Materials provided by University of Essling. Original written by Lena Morrow. Note: Content may be edited for style and length.';
const journal =
  'Corinne Achterberg, Tomas Weidel, Anjali Rao. Daytime napping and auditory memory in older adults with mild hearing loss. ' +
  'Journal of Aging and Cognition, 2025; 14 (3): 211 DOI: 10.1016/j.jac.2025.02.007';
const mla = 'University of Essling. "Afternoon naps linked to sharper memory in people with mild hearing loss." ScienceDaily. ScienceDaily, 14 March 2025.';
const related: [string, string, string][] = [
  [
    'Mar. 6, 2025',
    'Hearing Aids May Slow Cognitive Decline in At-Risk Adults',
    'A three-year trial finds hearing aids slowed decline in adults with risk factors.',
  ],
  ['Feb. 20, 2025', 'How the Sleeping Brain Replays the Day', 'Recordings show memories are replayed in bursts during deep sleep.'],
  ['Jan. 29, 2025', 'Loud Restaurants Tax the Memory of Older Diners', 'Background noise made it harder for older adults to recall conversations.'],
];
const explore = ['Living Well', 'Strange & Offbeat', 'Top Science News'];
const subs = ['Free Subscriptions', "Stay informed with ScienceDaily's free email newsletter, updated daily and weekly.", 'Email Newsletters', 'RSS Feeds'];
const follow = ['Follow Us', 'Keep up to date with the latest news from ScienceDaily via social networks:', 'Facebook', 'X/Twitter'];
const fb = ['Have Feedback?', 'Tell us what you think of ScienceDaily -- we welcome both positive and negative comments.', 'Leave Feedback', 'Contact Us'];
const foot = ['About This Site', 'Staff', 'Contact', 'Reviews', 'Privacy Policy', 'Editorial Policy', 'Terms of Use'];
const discl = [
  'Copyright 2025 ScienceDaily or by other parties, where indicated. All rights controlled by their respective owners.',
  'Content on this website is for information only. It is not intended to provide medical or other professional advice.',
  'Views expressed here do not necessarily reflect those of ScienceDaily, its staff, its contributors, or its partners.',
  'Financial support for ScienceDaily comes from advertisements and referral programs, where indicated.',
];
const ad = '<div class="advert"><div class="advert-label">Advertisement</div><div id="div-gpt-ad-sd-mpu" style="min-height:250px"></div></div>';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${title} | ScienceDaily</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${summary}">
<meta property="og:title" content="${title}"><meta property="og:type" content="article"><meta property="og:site_name" content="ScienceDaily">
<meta name="date" content="2025-03-14"><link rel="canonical" href="https://www.sciencedaily.com/releases/2025/03/250314112233.htm">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-14",
"publisher":{"@type":"Organization","name":"ScienceDaily"},"description":"${summary}"}</script>
<link href="/css/bootstrap.min.css" rel="stylesheet"><link href="/css/sd.css?v=21" rel="stylesheet">
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body><div id="wrapper"><div id="banner" class="hidden-xs"><a href="/" class="logo">ScienceDaily</a>
<span class="tagline">Your source for the latest research news</span>
<div class="banner-links"><span>Follow:</span> <a href="#">Facebook</a> <a href="#">X/Twitter</a> <span>Subscribe:</span> <a href="/newsfeeds.htm">RSS Feeds</a>
<a href="/newsletters.htm">Newsletter</a></div></div>
<nav class="navbar navbar-default" role="navigation"><div class="container-fluid"><ul class="nav navbar-nav">${nav
  .map((t) => `<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">${t}</a></li>`)
  .join('\n')}</ul>
<form class="navbar-form navbar-right" role="search"><input class="form-control" placeholder="Search"><button class="btn">Search</button></form></div></nav>
<div class="container"><div class="row"><div class="col-md-8"><div id="main"><h1 id="headline" class="headline">${title}</h1>
<dl class="dl-horizontal dl-custom"><dt>Date:</dt><dd id="date_posted">March 14, 2025</dd><dt>Source:</dt><dd id="source">University of Essling</dd>
<dt>Summary:</dt><dd id="abstract">${summary}</dd></dl>
<div class="hidden-print share"><span class="share-label">Share:</span><div class="addthis_toolbox"><a class="share-fb">Facebook</a><a class="share-x">X</a>
<a class="share-li">LinkedIn</a><a class="share-email">Email</a></div></div>
<div class="story-label-wrap"><h2 class="story-label">FULL STORY</h2></div>
<div id="story_text"><p id="first" class="lead">${lead}</p>${ad}<div id="text">${ps(p)}</div></div>
<div id="story_source"><h3>Story Source:</h3><p>Materials provided by <a href="#">University of Essling</a>. Original written by Lena Morrow.
<em>Note: Content may be edited for style and length.</em></p></div>
<div id="journal_references"><h3>Journal Reference:</h3><ol class="journal"><li>${journal}</li></ol></div>
<div id="citation"><h3>Cite This Page:</h3><ul class="nav nav-tabs"><li class="active"><a href="#citation_mla">MLA</a></li><li><a href="#citation_apa">APA</a>
</li>
<li><a href="#citation_chicago">Chicago</a></li></ul><div class="tab-content"><div class="tab-pane active" id="citation_mla">${mla}</div></div></div>
${ad}
<div id="related_stories"><h3>RELATED STORIES</h3><ul>${related
  .map(([d, t, s]) => `<li><span class="story-date">${d}</span> — <a href="#">${t}</a><p class="story-summary">${s}</p></li>`)
  .join('\n')}</ul></div></div></div>
<div class="col-md-4"><div id="related_topics"><h3>RELATED TOPICS</h3><ul>${links(topics)}</ul></div>
<div id="related_terms"><h3>RELATED TERMS</h3><ul>${links(terms)}</ul></div>${ad}
<div id="explore_more"><h3>Explore More from ScienceDaily</h3><ul>${links(explore)}</ul></div></div></div></div>
<footer id="footer"><div class="row"><div class="col-sm-4"><h4>${subs[0]}</h4><p>${subs[1]}</p><ul>${links(subs.slice(2))}</ul></div>
<div class="col-sm-4"><h4>${follow[0]}</h4><p>${follow[1]}</p><ul>${links(follow.slice(2))}</ul></div>
<div class="col-sm-4"><h4>${fb[0]}</h4><p>${fb[1]}</p><ul>${links(fb.slice(2))}</ul></div></div>
<ul class="footer-links">${links(foot)}</ul>${ps(discl, ' class="disclaimer"')}</footer></div>
<script src="/js/sd.min.js?v=21"></script></body></html>`;
const scienceDaily: TestPage = {
  html,
  name: 'heldout192-sciencedaily-news',
  kind: 'news',
  // the Summary (the story's dek) and the lead paragraph are body; "Date:" with its date and the "Source:" institution are
  // bylines; "FULL STORY" and the story-source, journal-reference and citation blocks are furniture
  title,
  headings: [],
  body: texts([summary, lead, ...p]),
  bylines: ['March 14, 2025', 'University of Essling'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'ScienceDaily', 'Your source for the latest research news', 'Follow:', 'Subscribe:', 'Newsletter', ...nav, 'Search', 'Date:', 'Source:',
    'Summary:', 'Share:', 'X', 'LinkedIn', 'Email', 'FULL STORY', 'Advertisement', 'Story Source:', source, 'Journal Reference:', journal,
    'Cite This Page:', 'MLA', 'APA', 'Chicago', mla, 'RELATED STORIES', ...related.flat(), 'RELATED TOPICS', ...topics, 'RELATED TERMS',
    ...terms, 'Explore More from ScienceDaily', ...explore, ...subs, ...follow, ...fb, ...foot, ...discl,
  ],
};

export const HELDOUT192_E: readonly TestPage[] = [scienceDaily, medicalXpress];
