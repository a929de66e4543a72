import { links, ps, type TestPage, texts } from './page-kit.js';
import { union } from './pages-heldout297-b2.js';
import { j } from './pages-heldout297-kit.js';

/**
 * Held-out batch 297, file b: an Action Network letter campaign, a page whose main text is short (group header and menu, the
 * action title and sponsor line, description with the letter's text, the embed form with its fields, progress counter and
 * opt-in, "Powered by Action Network" and the group footer) and, from file b2, a union's news story on Drupal.
 */
const aTitle = 'Tell the Regional Transit Board: bring back the 14 Night Bus';
const aDesc = [
  j(
    'Since the Regional Transit Board cut the 14 Night Bus in January, hundreds of hospital, warehouse and restaurant workers on the',
    'east side have had no way home after midnight except a taxi they cannot afford or a walk of up to five miles.',
  ),
  j(
    'The Board will vote on its spring service plan on March 19. Members have said they will restore the route only if riders show',
    'that it is needed. Add your name to the letter below and it will be sent to every Board member before the vote.',
  ),
  j(
    'Last month our members rode the old route on foot and by car and counted 212 people waiting at stops where no bus comes any more.',
    'Forty of them told us they now sleep at work or in their cars between double shifts rather than pay for a ride home.',
  ),
  'Dear members of the Regional Transit Board,',
  j(
    'I am writing to ask you to restore the 14 Night Bus between Union Station and Eastgate in the spring service plan. The route',
    'carried more than 900 riders a night before it was cut, most of them people finishing shifts that the day network does not serve.',
  ),
  j(
    'Without it, night workers are being forced to choose between losing sleep, losing money on rides, or losing their jobs. Please',
    'vote to bring the route back on March 19.',
  ),
  'Sincerely,',
];
const aNav = ['Home', 'Campaigns', 'Rider Stories', 'Join Us'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${aTitle} - Action Network</title><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="${aTitle}"><meta property="og:site_name" content="Action Network">
<meta property="og:description" content="Since the Regional Transit Board cut the 14 Night Bus in January...">
<link href="https://actionnetwork.example/css/style-embed-whitelabel-v3.css" rel="stylesheet" type="text/css">
<script src="https://actionnetwork.example/js/jquery.min.js"></script>
<script>var an_action = {"type":"letter","id":"b2f7c1e0-14nb","group":"Riverside Riders Union"};</script></head>
<body class="action_page letter_page"><div id="header_wrapper"><div id="header" class="clearfix"><div id="logo_wrap">
<a href="https://riversideriders.example"><img src="https://can2-prod.s3.example/groups/rru-logo.png" alt="Riverside Riders Union"></a></div>
<ul id="header_menu">${links(aNav)}</ul></div></div>
<div id="content_wrapper"><div id="content" class="clearfix"><div id="action_wrapper" class="js-action_wrapper">
<div id="action_info" class="js-action_info"><div id="action_info_inner">
<div class="action_status_running"><h1 class="action_title">${aTitle}</h1></div>
<div class="action_sponsor">Sponsored by <a href="/groups/riverside-riders-union">Riverside Riders Union</a></div>
<div class="action_image"><img src="https://can2-prod.s3.example/images/14-night-bus.jpg" alt="A bus shelter at night on Eastgate Avenue"></div>
<div class="action_description clearfix">
${ps(aDesc.slice(0, 3))}
<div class="letter_text"><p><strong>Letter to be sent</strong></p><p><strong>To:</strong> Regional Transit Board members</p>
${ps(aDesc.slice(3))}
<p>[Your Name]</p></div></div></div></div>
<div id="can_embed_form" class="can_float"><div id="can_embed_form_inner"><h4>Send a Letter</h4>
<div class="action_progress"><div class="progress_bar"><div class="progress" style="width:75%"></div></div>
<p class="progress_text"><strong>1,126</strong> letters sent. Help us get to 1,500!</p></div>
<form action="/letters/tell-the-rtb/answers" method="post" class="clearfix"><ul id="form_col1" class="clearfix">
<li class="control-group"><label for="form-first_name">First Name</label><input id="form-first_name" name="answer[first_name]" type="text"></li>
<li class="control-group"><label for="form-last_name">Last Name</label><input id="form-last_name" name="answer[last_name]" type="text"></li>
<li class="control-group"><label for="form-email">Email Address</label><input id="form-email" name="answer[email]" type="email"></li>
<li class="control-group"><label for="form-zip_code">ZIP Code</label><input id="form-zip_code" name="answer[zip_code]" type="text"></li></ul>
<ul id="form_col2"><li class="core_field"><label><input type="checkbox" checked> Receive emails from Riverside Riders Union</label></li></ul>
<input type="submit" class="submit-button" value="SEND LETTER"><button type="submit" class="button">Send Letter</button>
<p class="disclaimer">Your information is kept private. By submitting, you agree that Riverside Riders Union may contact you about this and
related campaigns.</p></form>
<div class="js-share_button_wrapper share_button_wrapper"><h4>Share this page</h4>${links(['Facebook', 'Email a friend'], 'share_item')}</div>
</div></div></div></div></div>
<div id="footer_wrapper"><div id="footer"><p>Riverside Riders Union · 220 Ferrous Street, Suite 4 · Riverside</p>
<p class="powered_by">Powered by <a href="https://actionnetwork.example">Action Network</a></p>
<p><a href="/privacy">Privacy Policy</a></p></div></div>
<script>jQuery(document).ready(function(){ an_embed.init('letter'); });</script></body></html>`;
const actionNetwork: TestPage = {
  name: 'heldout297-action-network-letter',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: texts(aDesc),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aNav, 'Sponsored by Riverside Riders Union', 'Letter to be sent', 'Regional Transit Board members', '[Your Name]', 'Send a Letter', '1,126',
    'letters sent. Help us get to 1,500!', 'First Name', 'Last Name', 'Email Address', 'ZIP Code', 'Receive emails from Riverside Riders Union',
    'Your information is kept private.', 'Share this page', 'Facebook', 'Email a friend', 'Riverside Riders Union · 220 Ferrous Street, Suite 4 · Riverside',
    'Powered by Action Network', 'Privacy Policy',
  ],
};

export const HELDOUT297_B: readonly TestPage[] = [actionNetwork, union];
