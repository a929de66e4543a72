import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 60, file f2: a HashiCorp Developer tutorial (developer.hashicorp.com: the header with the product switcher,
 * product nav, search and sign-in, the collection sidebar with its position, breadcrumbs, the reading time and product
 * badges, the "Create an account to bookmark" prompt, a Tip alert, a "Terraform Community Edition / HCP Terraform" tab set
 * with both panels in the DOM, shell and output code blocks with copy buttons, "Next steps", the "Was this tutorial helpful?"
 * box, previous/next tutorial cards, the right-hand "On this page" list and the footer with the theme menu).
 */
const hcTitle = 'Manage resource drift';
const hcIntro = [
  'Drift happens when the real state of your infrastructure no longer matches what Terraform last recorded. Someone changes a ' +
    'setting in a cloud console during an incident, an automated process adds a tag, or a resource is deleted by hand.',
  'In this tutorial, you will create a small set of AWS resources, change one of them outside Terraform, detect the change with a ' +
    'refresh-only plan, and then decide whether to keep it or overwrite it.',
];
const hcTip = 'Run refresh-only plans on a schedule in your CI pipeline so that you find drift before it causes a surprise during your next change.';
const hcH1 = 'Prerequisites';
const hcPreCe =
  'For this tutorial, you will need the Terraform CLI version 1.6 or later installed locally, and AWS credentials configured for use with Terraform.';
const hcPreHcp =
  'For this tutorial, you will need an HCP Terraform account and organization, the Terraform CLI version 1.6 or later, and a ' +
  'variable set in your organization that holds your AWS credentials.';
const hcH2 = 'Clone the example repository';
const hcClone = 'Clone the example repository for this tutorial, which contains configuration for a virtual machine and a security group:';
const hcH3 = 'Create infrastructure';
const hcCreate = [
  'Initialize the configuration, and then apply it to create the resources. Respond to the confirmation prompt with a <code>yes</code>.',
  'Terraform now records both resources in its state, including the single inbound rule on the security group that allows SSH from your address.',
];
const hcH4 = 'Introduce drift';
const hcDrift = [
  'To simulate a change made during an incident, use the AWS CLI to open port 8080 on the security group that Terraform created:',
  'The new rule now exists in AWS, but Terraform does not know about it yet.',
];
const hcH5 = 'Run a refresh-only plan';
const hcRefresh = [
  'A refresh-only plan compares the state file with the real infrastructure without proposing any changes to the resources themselves:',
  'Terraform reports that the security group has an ingress rule that is not in its state. Nothing has been changed yet, either ' +
    'in AWS or in the state file.',
];
const hcH6 = 'Reconcile the drift';
const hcReconcile = [
  'You now have two choices. If the change was intended, add the rule to your configuration and run <code>terraform apply ' +
    '-refresh-only</code> to accept the new values into state. If it was not, run a normal <code>terraform apply</code>, which ' +
    'removes the rule and returns the security group to the configuration.',
  'In this case the port was opened by mistake, so apply the configuration and confirm that the plan removes the extra rule.',
];
const hcH7 = 'Clean up your infrastructure';
const hcClean = 'Destroy the resources that you created in this tutorial, and respond to the confirmation prompt with a <code>yes</code>.';
const hcNext = ['Use refresh-only mode to sync Terraform state', 'Detect drift with health assessments in HCP Terraform', 'Import existing resources'];
const hcProdNav = ['Install', 'Tutorials', 'Documentation', 'Registry', 'Try Cloud'];
const hcColl = ['Manage resources in Terraform state', 'Target resources', 'Troubleshoot Terraform', 'Manage resource lifecycle'];
const hcCrumbs = ['Developer', 'Terraform', 'Tutorials', 'State'];
const hcFoot = ['System Status', 'Terms of Use', 'Security', 'Privacy', 'Trademark Policy', 'Trade Controls', 'Cookie Manager', 'Give Feedback'];
const sh = (code: string, out = ''): string =>
  `<div class="code-block_root__x7Pq2"><div class="code-block_header__Vt3c9"><span>Terminal</span><button type="button" ` +
  `class="code-block_copy__Qm8eL">Copy</button></div><pre class="hljs language-shell-session"><code>${code}</code></pre></div>` +
  (out === '' ? '' : `<div class="code-block_root__x7Pq2"><pre class="hljs language-plaintext"><code>${out}</code></pre></div>`);
const hcHtml = `<!DOCTYPE html>
<html lang="en" data-theme="dark"><head><meta charset="utf-8"><title>${hcTitle} | Terraform | HashiCorp Developer</title>
<meta name="description" content="Detect and reconcile changes made to your infrastructure outside Terraform.">
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"tutorial":{"slug":"resource-drift",
"readTime":15,"productsUsed":["terraform"]}}}}</script>
<script src="https://cdn.segment.com/analytics.js/v1/hashicorp/analytics.min.js" async></script></head>
<body><div id="__next"><a class="skip-link" href="#main">Skip to main content</a>
<header class="navigation-header_root__Hb3s1"><a href="/" aria-label="HashiCorp Developer"><svg aria-hidden="true"></svg><span>Developer</span></a>
<button class="product-switcher" aria-haspopup="menu" aria-expanded="false">Terraform</button>
<nav aria-label="Terraform"><ul>${links(hcProdNav, 'nav-item')}</ul></nav>
<button class="search-trigger" type="button"><span>Search</span><kbd>⌘K</kbd></button><a href="/sign-up">Sign up</a>
<a href="/sign-in">Sign in</a></header>
<div class="tutorial-layout"><nav class="sidebar_root__f0Zq2" aria-label="Collection"><a href="/terraform/tutorials">← Back to Tutorials</a>
<p class="sidebar_collection__Gy8u1">Manage Terraform State</p><ol>${links(hcColl.slice(0, 2), 'sidebar-item')}
<li class="sidebar-item active"><a href="/terraform/tutorials/state/resource-drift" aria-current="page">${hcTitle}</a></li>
${links(hcColl.slice(2), 'sidebar-item')}</ol></nav>
<main id="main" class="tutorial-main"><nav aria-label="Breadcrumb"><ol>${hcCrumbs.map((c) => `<li><a href="#">${c}</a></li>`).join('')}</ol></nav>
<div class="tutorial-meta"><h1>${hcTitle}</h1><div class="tutorial-meta_badges__R9cE4"><span class="badge">15min</span>
<span class="badge-label">Products Usage</span><span class="badge">Terraform</span><span class="badge">AWS</span></div>
<div class="bookmark-prompt"><p>Reference this often? Create an account to bookmark tutorials.</p><a href="/sign-up">Create account</a></div></div>
<article class="tutorial-content">${hcIntro.map((p) => `<p>${p}</p>`).join('\n')}
<div class="alert alert-tip" role="note"><p><strong>Tip</strong></p><p>${hcTip}</p></div>
<h2 id="prerequisites">${hcH1}</h2>
<div class="tabs_root__D4m1p"><div role="tablist"><button role="tab" aria-selected="true" id="t-ce">Terraform Community Edition</button>
<button role="tab" aria-selected="false" id="t-hcp">HCP Terraform</button></div>
<div role="tabpanel" aria-labelledby="t-ce"><p>${hcPreCe}</p></div><div role="tabpanel" aria-labelledby="t-hcp" hidden><p>${hcPreHcp}</p></div></div>
<h2 id="clone-the-example-repository">${hcH2}</h2><p>${hcClone}</p>
${sh('$ git clone https://github.com/example-education/learn-terraform-drift\n$ cd learn-terraform-drift')}
<h2 id="create-infrastructure">${hcH3}</h2><p>${hcCreate[0]}</p>
${sh('$ terraform init &amp;&amp; terraform apply', 'Apply complete! Resources: 2 added, 0 changed, 0 destroyed.')}<p>${hcCreate[1]}</p>
<h2 id="introduce-drift">${hcH4}</h2><p>${hcDrift[0]}</p>
${sh('$ aws ec2 authorize-security-group-ingress --group-id $(terraform output -raw sg_id) \\\n    --protocol tcp --port 8080 --cidr 0.0.0.0/0')}
<p>${hcDrift[1]}</p>
<h2 id="run-a-refresh-only-plan">${hcH5}</h2><p>${hcRefresh[0]}</p>
${sh(
  '$ terraform plan -refresh-only',
  'Note: Objects have changed outside of Terraform\n\n  # aws_security_group.app has changed\n  ~ ingress = [\n      + {\n          + from_port = 8080',
)}
<p>${hcRefresh[1]}</p>
<h2 id="reconcile-the-drift">${hcH6}</h2>${hcReconcile.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="clean-up-your-infrastructure">${hcH7}</h2><p>${hcClean}</p>${sh('$ terraform destroy')}
<h2 id="next-steps">Next steps</h2><p>To learn more about keeping state and infrastructure in line, see the following resources:</p>
<ul>${links(hcNext)}</ul></article>
<section class="feedback-panel"><p>Was this tutorial helpful?</p><button type="button">Yes</button><button type="button">No</button></section>
<nav class="next-previous_root__Nf2eL" aria-label="Tutorial pagination"><a href="#"><span>Previous</span><span>${hcColl[1]}</span></a>
<a href="#"><span>Next</span><span>${hcColl[2]}</span></a></nav></main>
<aside class="toc_root__aQ1mB" aria-labelledby="toc-h"><p id="toc-h">On this page</p><ol>
${[hcH1, hcH2, hcH3, hcH4, hcH5, hcH6, hcH7, 'Next steps'].map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ol></aside></div>
<footer class="footer_root__Xw3yE"><div class="theme-switcher"><label for="theme">Theme</label><select id="theme"><option>System</option>
<option>Light</option><option>Dark</option></select></div><ul>${links(hcFoot)}</ul><p>© HashiCorp, an IBM Company</p></footer></div></body></html>`;
export const hashicorpTutorial: TestPage = {
  html: hcHtml,
  name: 'heldout60-hashicorp-tutorial',
  kind: 'docs',
  // the Tip alert is body ("Tip" in neither); both panels of the Community Edition / HCP Terraform tab set are body (two
  // versions of the prerequisites, one hidden until chosen), the tab labels in neither; the shell and output blocks with their
  // "Terminal" labels are in neither list, their "Copy" buttons furniture; "Next steps" with its lead line and links is a
  // see-also list: furniture; "15min", the product badges, the bookmark prompt, the collection sidebar (its current entry is the
  // title: left out), feedback, previous/next cards, "On this page" (entries repeat the headings: in neither), header and footer
  // are furniture; the product switcher's, the breadcrumb's and the badge's "Terraform" is the first word of a tab label (in
  // neither) and of many body lines: left out
  title: hcTitle,
  headings: [hcH1, hcH2, hcH3, hcH4, hcH5, hcH6, hcH7],
  body: [...texts(hcIntro), hcTip, hcPreCe, hcPreHcp, hcClone, ...texts(hcCreate), ...hcDrift, ...hcRefresh, ...texts(hcReconcile), ...texts([hcClean])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Developer', ...hcProdNav, 'Search', '⌘K', 'Sign up', 'Sign in', '← Back to Tutorials', 'Manage Terraform State', ...hcColl,
    'State', '15min', 'Products Usage', 'AWS', 'Reference this often? Create an account to bookmark tutorials.', 'Create account', 'Copy',
    'Next steps', 'To learn more about keeping state and infrastructure in line, see the following resources:', ...hcNext, 'Was this tutorial helpful?',
    'Yes', 'No', 'Previous', 'Next', 'On this page', 'Theme', 'System', 'Light', 'Dark', ...hcFoot, '© HashiCorp, an IBM Company',
  ],
};
