import { links, ps, type TestPage, texts } from './page-kit.js';
import { jekyllCount } from './pages-heldout331-d2.js';
import { j } from './pages-heldout331-kit.js';

/**
 * Held-out batch 331, file d: an observation page of an iNaturalist-style citizen-science site, saved from its React app (the
 * site header, the observation title with the taxon's scientific name and the Research Grade badge, the photo browser, the
 * map and details panel with observer, dates and place, the observer's notes, the Activity stream of identifications with
 * their remarks and agree buttons and a comment, the Data Quality Assessment table, Projects, Annotations, "More from this
 * user", the footer and the cookie notice) and, from file d2, a bird club's count results page on Jekyll's Minimal Mistakes theme.
 * The page's main text is short: the observer's notes and the remarks and comment in the Activity stream are its body.
 */
const iTitle = 'Eastern Box Turtle';
const iNotes = [
  j(
    'Found crossing the gravel service road at the south end of Larkspur Meadows just after a heavy rain, heading from the',
    'oak woods towards the wet meadow. An adult, probably a male going by the red eyes and the dip in the plastron.',
  ),
  j(
    'There is an old healed notch on the rear edge of the carapace, on the left side, so this may be a turtle someone has seen',
    'before. Moved it about a metre off the road in the direction it was travelling and left it alone. Photos taken without handling',
    'apart from the move.',
  ),
  'Carapace roughly 14 cm. Air temperature 22 °C, overcast.',
];
const iRemarks = [
  j(
    'I am with you on the ID, and on male: the concave plastron shows well in the third photo. The notch is interesting. We had a',
    'marked male in that part of Larkspur Meadows in 2019 with damage on the left rear marginals, and the pattern on the',
    'scutes looks similar. I will check it against our survey photos.',
  ),
  j(
    'Checked, and I think it is the same turtle! Our survey photos match the yellow pattern on the second and third vertebral',
    'scutes exactly. He was first recorded in 2011 as an adult, so he must be at least thirty years old. Thank you for',
    'moving him in the direction he was heading; box turtles will walk straight back if you take them the wrong way.',
  ),
  j(
    'That is wonderful, thank you both. I had no idea they lived that long or stayed in such a small area. I will keep',
    'an eye out on that road after rain and post anything I see.',
  ),
];
const iComment = j(
  'For anyone finding this later: box turtles spend their whole lives in a home range of a few hectares, which is why road',
  'crossings are such a problem for them. Please never take one home or move it to a "better" place.',
);
const iNav = ['Explore', 'Community', 'More', 'Upload'];
const iDqa = ['Date specified', 'Location specified', 'Has Photos', 'Has ID supported by two or more', 'Organism is wild', 'Location is accurate'];
const iUsers = ['kestrel_june', 'Dr. Amos Pell', 'ridgeline_herps'];
const idBlock = (user: string, when: string, remark: string, kind: string): string => `<div class="ActivityItem ${kind}"><div class="icon"><a
class="userimage UserImage" href="/people/${user}"></a></div><div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">
<span class="title_text"><a href="/people/${user}">${user}</a> <span class="verb">suggested an ID</span></span><span class="header-actions">
<span class="time" title="${when}">${when}</span></span></h3></div><div class="panel-body"><div class="identification"><div class="taxon">
<a href="/taxa/39781-Terrapene-carolina" class="display-name comname">Eastern Box Turtle</a> <a class="sciname species"
href="/taxa/39781-Terrapene-carolina">Terrapene carolina</a></div>
<div class="body"><div class="UserText">${ps([remark])}</div></div></div><div class="buttons"><button class="btn btn-default btn-xs">Agree</button>
</div></div></div></div>`;
const iHtml = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><title>Eastern Box Turtle from Larkspur Meadows, Hollins County, VA, USA on May 14, 2026 at 06:48 PM by kestrel_june · Fieldnote</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="Eastern Box Turtle (Terrapene carolina)">
<meta property="og:description" content="Found crossing the gravel service road at the south end of Larkspur Meadows just after a heavy rain.">
<meta property="og:image" content="https://fieldnote-open-data.example/photos/481203377/large.jpeg"><meta name="csrf-token" content="Zk8wJ1">
<link rel="stylesheet" href="/assets/application-6b1d2e.css"><link rel="stylesheet" href="/packs/observations-show-3fa09c.css">
<script>var OBSERVATION_ID = 288104412; var CURRENT_USER = null; var PREFERRED_PLACE = null;</script>
</head><body class="observations show"><div id="wrapper" class="bootstrap">
<div id="header" class="container-fluid"><div id="headertop"><a href="/" id="logo" title="Fieldnote">Fieldnote</a>
<ul id="mainnav" class="navtabs">${links(iNav, 'navtab')}</ul><div id="usernav"><a href="/login" class="signin_link">Log In</a>
<a href="/signup" class="signup_link btn btn-inat btn-primary">Sign Up</a></div></div></div>
<div id="app"><div id="ObservationShow"><div class="upper"><div class="container"><div class="ObservationTitle row"><div class="col-xs-10">
<h1><span class="display-name comname">${iTitle}</span></h1> <span class="sciname species secondary-name">Terrapene carolina</span>
<span class="quality_grade research">Research Grade</span></div></div>
<div class="row"><div class="col-xs-7"><div class="PhotoBrowser"><div class="image-gallery">
<img src="https://fieldnote-open-data.example/photos/481203377/large.jpeg"
alt="Photo 481203377"></div><div class="photo-attribution">(c) kestrel_june, some rights reserved (CC BY-NC)</div></div></div>
<div class="col-xs-5"><div class="user_info"><a href="/people/kestrel_june" class="userimage"></a><div class="user"><a href="/people/kestrel_june"
class="login">kestrel_june</a><span class="obs-count">412 observations</span></div><button class="btn btn-default follow">Follow</button></div>
<div class="Map"><div class="map_placeholder" aria-label="Map"></div></div>
<div class="details_row"><div class="obs_details"><span class="bold">Observed:</span> <span class="date">May 14, 2026 · 6:48 PM EDT</span></div>
<div class="obs_details"><span class="bold">Submitted:</span> <span class="date">May 14, 2026 · 9:02 PM EDT</span></div>
<div class="place-guess">Larkspur Meadows, Hollins County, VA, USA</div></div></div></div></div></div>
<div class="container"><div class="row"><div class="col-xs-7 middle"><h3 class="section-heading">Description</h3><div class="Description UserText">
${ps(iNotes)}
</div>
<div class="Activity"><h3>Activity</h3><div class="activity">
${idBlock('kestrel_june', '3 months', '', 'id')}
${idBlock('Dr. Amos Pell', '3 months', iRemarks[0] ?? '', 'id')}
${idBlock('ridgeline_herps', '3 months', iRemarks[1] ?? '', 'id')}
<div class="ActivityItem comment"><div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title"><a href="/people/kestrel_june">
kestrel_june</a> <span class="verb">commented</span></h3></div><div class="panel-body"><div class="UserText">${ps([iRemarks[2] ?? ''])}</div></div></div></div>
<div class="ActivityItem comment"><div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title"><a href="/people/Dr. Amos Pell">
Dr. Amos Pell</a> <span class="verb">commented</span></h3></div><div class="panel-body"><div class="UserText">${ps([iComment])}</div></div></div></div>
</div><div class="comment_id_panel"><a href="/login" class="btn btn-default">Log in to add a comment or ID</a></div></div></div>
<div class="col-xs-5 opposite"><div class="CommunityIdentification"><h4>Community Taxon</h4><div class="about">What's this?</div>
<span class="cumulative">2 of 3 users agree</span></div>
<div class="Annotations"><h4>Annotations</h4><table class="table"><tbody><tr><td>Life Stage</td><td>Adult</td></tr>
<tr><td>Sex</td><td>Male</td></tr></tbody></table></div>
<div class="Projects"><h4>Projects</h4><ul>${links(['Herps of Virginia', 'Larkspur Meadows BioBlitz'])}</ul></div></div></div>
<div class="QualityMetrics"><h3>Data Quality Assessment</h3><table class="table"><tbody>
${iDqa.map((d) => `<tr><td class="metric_title">${d}</td><td class="agree">✓</td></tr>`).join('\n')}
</tbody></table></div>
<div class="MoreFromUser"><h3>More from kestrel_june</h3><ul>${links(['Common Five-lined Skink', 'Spring Peeper', 'Wood Thrush'])}</ul></div></div></div></div>
<footer id="footer"><div class="container"><ul>${links(['About', 'Blog', 'Help', 'Donate', 'Terms of Use', 'Privacy'])}</ul>
<p>Fieldnote is a joint initiative of the Larch Society and the Alder Foundation.</p></div></footer>
<div id="cookie-notice" class="alert alert-info"><p>We use cookies to remember your preferences and to measure how the site is used.</p>
<button class="btn btn-primary">Got it</button></div></div>
<script src="/packs/observations-show-3fa09c.js"></script>
</body></html>`;
const iNatObs: TestPage = {
  name: 'heldout331-inaturalist-style-observation',
  kind: 'wiki',
  html: iHtml,
  title: iTitle,
  headings: [],
  body: texts([...iNotes, ...iRemarks, iComment]),
  bylines: [...iUsers, 'May 14, 2026 · 6:48 PM EDT', 'May 14, 2026 · 9:02 PM EDT', '3 months'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fieldnote', ...iNav, 'Log In', 'Sign Up', 'Terrapene carolina', 'Research Grade', '(c) kestrel_june, some rights reserved (CC BY-NC)', '412 observations',
    'Follow', 'Observed:', 'Submitted:', 'Larkspur Meadows, Hollins County, VA, USA', 'Description', 'Activity', 'suggested an ID', 'Agree', 'commented',
    'Log in to add a comment or ID', 'Community Taxon', "What's this?", '2 of 3 users agree', 'Annotations', 'Life Stage', 'Adult', 'Male',
    'Projects', 'Herps of Virginia', 'Larkspur Meadows BioBlitz', 'Data Quality Assessment', ...iDqa, 'More from kestrel_june', 'Common Five-lined Skink',
    'Spring Peeper', 'Wood Thrush', 'About', 'Blog', 'Help', 'Donate', 'Terms of Use', 'Privacy',
    'Fieldnote is a joint initiative of the Larch Society and the Alder Foundation.',
    'We use cookies to remember your preferences and to measure how the site is used.', 'Got it',
  ],
};

export const HELDOUT331_D: readonly TestPage[] = [iNatObs, jekyllCount];
