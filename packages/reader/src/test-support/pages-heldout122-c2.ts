/** Held-out batch 122, file c2: the texts of the WebMD news article of file c (article, promos, sources, menus, footer). */
export const wmTitle = 'A 10-Minute Walk After Meals May Steady Blood Sugar in Older Adults';
export const wmDek = 'Short strolls after eating lowered glucose spikes more than a single longer daily walk, a small study found.';
export const wmP1 = [
  'Oct. 3, 2025 – Taking a short walk after breakfast, lunch and dinner may do more to keep blood sugar in check for older adults than ' +
    'setting aside half an hour for exercise at one time, according to a new study.',
  'Researchers at Calder Valley University asked 46 volunteers aged 61 to 79 to wear continuous glucose monitors for three separate weeks. ' +
    'In one week, they walked for 10 minutes at a comfortable pace starting within 15 minutes of finishing each meal. In another, they took ' +
    'a single 30-minute walk each morning. In the third, they kept to their usual routine.',
  'Average glucose peaks after meals were about 17% lower in the after-meal walking week than in the usual week, and about 9% lower than in ' +
    'the week with the single longer walk. The results were published this week in the <em>Journal of Aging and Metabolism</em>.',
];
export const wmH1 = 'Why timing may matter';
export const wmP2 = [
  'When food is digested, sugar enters the bloodstream, and the body uses insulin to move it into cells. Working muscles can take up glucose ' +
    'without needing as much insulin, so moving soon after eating may blunt the spike, said lead author Marisol Etxeberria, PhD, an ' +
    'associate professor of kinesiology at the university.',
  '“The muscles in your legs act like a sponge for sugar right when there is the most of it around,” Etxeberria said. “You do not need to ' +
    'walk fast. Most of our volunteers were strolling around the block or through their homes.”',
  'The biggest benefit came after dinner, which was the largest meal of the day for 38 of the 46 volunteers and was often followed by an ' +
    'evening spent sitting.',
];
export const wmH2 = 'What outside experts say';
export const wmP3 = [
  'Desmond Achterberg, MD, an endocrinologist in Portland, OR, who was not involved in the research, said the study adds to earlier work in ' +
    'younger adults showing a similar effect.',
  '“This is a simple, free thing people can try, and older adults are the group who most need options that are easy on the joints,” he ' +
    'said. “But it was a small study, only a few weeks long, and we cannot say yet whether it changes long-term outcomes like A1c.”',
  'Only 11 of the volunteers had type 2 diabetes, and none were using insulin. Achterberg said people taking insulin or medicines that can ' +
    'cause low blood sugar should talk with their doctor before changing their routine.',
];
export const wmH3 = 'How to try it';
export const wmP4 = ['The researchers suggested a few ways to fit short walks into the day:'];
export const wmL = [
  'Set a timer for 10 minutes after you finish eating, then head out before you sit down.',
  'Walk indoors, around a mall or up and down a hallway, when the weather is bad.',
  'Do the dishes standing up or do light chores if walking is not possible.',
];
export const wmP5 = ['The team is now planning a six-month trial with 300 people to see whether the habit lasts and whether it lowers long-term blood sugar.'];
export const wmNav = ['Health A-Z', 'Drugs & Supplements', 'Living Healthy', 'Family & Pregnancy', 'News & Experts', 'Symptom Checker', 'Find a Doctor'];
export const wmSlides = ['SLIDESHOW', 'Type 2 Diabetes: Foods That Can Help You Manage It'];
export const wmSources = [
  'SOURCES:',
  '<em>Journal of Aging and Metabolism</em>: “Post-meal walking and glycemic response in adults over 60.”',
  'Marisol Etxeberria, PhD, associate professor of kinesiology, Calder Valley University.',
  'Desmond Achterberg, MD, endocrinologist, Portland, OR.',
];
export const wmNews = [
  'Get the latest news and expert advice delivered to your inbox',
  'Sign up for the WebMD Daily newsletter.',
  'Enter your email',
  'Subscribe',
  'By clicking Subscribe, I agree to the WebMD Terms & Conditions & Privacy Policy and understand that I may opt out of WebMD subscriptions at any time.',
];
export const wmMore = [
  'More on Diabetes',
  'Can Intermittent Fasting Lower A1c? What a New Trial Shows',
  'Fewer Sugary Drinks, Fewer Falls: Study in Seniors',
  'Your Guide to Continuous Glucose Monitors',
];
export const wmFoot: [string, string[]][] = [
  ['Policies', ['Privacy Policy', 'Cookie Policy', 'Editorial Policy', 'Advertising Policy', 'Correction Policy', 'Terms of Use']],
  ['About', ['Contact Us', 'About WebMD', 'Careers', 'Newsletters', 'Corrections']],
  ['WebMD Network', ['Medscape', 'MedicineNet', 'eMedicineHealth', 'RxList', 'Vitals']],
];
export const wmCopy =
  '© 2005 - 2025 WebMD LLC, an Internet Brands company. All rights reserved. WebMD does not provide medical advice, diagnosis or treatment. ' +
  'See additional information.';
export const wmCookie = [
  'We and our partners use cookies and similar technologies to understand how you use our site and to improve your experience.',
  'Accept',
  'Manage Preferences',
];
