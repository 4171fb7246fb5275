import type { LanguageCopy } from './types';

export const EN: LanguageCopy = {
  commonSteps: {
    team: 'Name the crisis team with people, not departments: social media, communications, customer service, legal, HR, IT and management, each with a named deputy and an out-of-hours phone number.',
    approval: 'Agree who approves public statements and how fast: one named approver and one deputy, a decision within 30 minutes.',
    'delete-decision': 'Agree who decides whether one of our own posts is deleted or kept, and who may delete it out of hours.',
    templates: 'Prepare and approve reply templates for this scenario in every language you answer in, in the form of address the brand uses.',
    monitoring: 'Monitor brand names, products, handles and hashtags, so a wave is caught within minutes, not hours.',
    drills: 'Rehearse this scenario once or twice a year with the whole team, including a night or weekend case.',
    incident: 'Open an incident in Keel and file related mentions under it, so the whole team sees the same picture.',
    'reply-now': 'Reply in public now: we have seen it, we are looking into it, and when the next update comes. No cause, no promise and no blame until the facts are checked.',
    community: 'Keep looking after the 99 of 100 who like the brand: thank the people who defend or support you, and keep answering ordinary questions.',
    updates: 'While the topic is trending, post an update every 2–4 hours, even if it is only that the check is still running.',
    lessons: 'Hold a review with everyone involved: what set it off, how fast we reacted, what worked and what did not.',
    causes: 'Once the facts are confirmed, explain the cause in public and what has changed, in plain words.',
    resume: 'Resume normal posting only when mentions are back to their usual level and tone; check scheduled posts before they go out.',
    'template-changes': 'Update this playbook and the reply templates with what you learned, and have the changes approved.',
    'keep-watching': 'Keep monitoring mentions for several weeks; moods can flare up again with the next post.',
  },
  movePrivateWhen:
    'As soon as an order number, an address or anything else personal is needed, or after the second public exchange with the same person. Health details (injuries, allergies, symptoms) go only to the secure channel the brand names, never into public replies.',
  deleteGuide: [
    'Usually do not delete: screenshots already exist, and deleting looks like hiding.',
    'Delete at once if the post is lewd or graphic, or obviously the work of someone who hacked the account.',
    'Apologise even when it was a hack, and expect that some people will not believe it or will suspect a stunt.',
    'The apology comes from the person who made the mistake or from someone senior.',
    'Expect mentions to surge: watch them and answer in time.',
    'Prevent repeats: an editorial calendar with review and approval of every post, and a clear brief for agencies on what they may post.',
  ],
  types: {
    'product-defect': {
      title: 'Product defect or safety problem',
      summary:
        'People report a broken, faulty or dangerous product. Apologise, offer a fix or a recall path, and collect details privately. Anything about injuries or allergic reactions is a safety matter and goes up at once.',
      steps: {
        'recall-path': 'Agree with quality and legal on the replacement, repair and recall path, who may offer which remedy, and keep a product FAQ ready.',
        'same-fault': 'Group reports of the same fault (product, batch, symptom). Any injury, burn or allergic reaction is a safety matter.',
        'ask-quality': 'Ask quality assurance whether the batch is known and whether complaints are rising.',
        escalate: 'Escalate to the head of quality and the crisis team lead; with any sign of injury or danger, alert them at once.',
        holding: 'Post the holding statement where the reports appear: we know, we are checking, when the next update comes. A warning to stop using the product needs sign-off from quality and legal.',
        recall: 'If a recall is decided, publish it on every channel with clear steps, pin it, and link to it in every reply.',
        apologise: 'Say you are sorry for the trouble; offer the remedy quality has approved for this case, not before.',
        details: 'Ask for the batch number, photos and date of purchase by private message; health details only through the secure channel, never in public.',
        'close-loop': 'Tell people when the fix or recall is complete, and what changed in production.',
        'fact-check': 'Before naming a cause or offering a replacement, repair or refund, get quality assurance to confirm the fault and the approved remedy.',
      },
      whoAnswers:
        'The social media team answers individual reports; a statement on safety or a recall comes from someone senior, such as the head of quality.',
      channels: ['The platform where it was raised (X, Facebook, Instagram)', 'Private messages for details', 'Website for a recall notice'],
      holdingStatement:
        'We have seen the reports about {product} and take them seriously. Our quality team is checking right now, and we will post an update here by {date}.',
      escalateWhen:
        'Someone reports an injury, burn or allergic reaction; several people report the same fault; or press or large accounts pick it up.',
      escalateTo: 'Head of quality and the crisis team lead; legal for recalls.',
    },
    'service-complaint': {
      title: 'Customer complaint about service',
      summary:
        'Someone shares a bad experience in public: long waits, no answer, a lost order, a refused refund. Reply fast and personally, move the details to a private message, and follow up.',
      steps: {
        'service-handover': 'Agree with customer service how cases are handed over from social media and how fast they are answered.',
        pattern: 'Check whether it is one case or a pattern: an outage, delivery delays, many similar complaints.',
        history: 'Look up whether the person has written before and whether anyone answered.',
        escalate: 'Hand the case to the customer service lead and agree who contacts the person, and when.',
        status: 'If many customers are affected, post one status update and link to it instead of answering each person differently.',
        'reply-fast': 'Acknowledge the frustration, say that you are on it, and sign with your name.',
        'move-private': 'Move order numbers, addresses and other details to a private message.',
        solve: 'Solve it personally and, with the person’s consent, confirm in the thread once it is resolved.',
        'follow-up': 'Follow up a few days later to make sure the problem is really solved; pass recurring causes to the service team.',
        'check-case': 'Check the case with customer service before promising a refund, a replacement or a date.',
      },
      whoAnswers:
        'The community manager who picked it up, signing with their own name; customer service takes over the case.',
      channels: ['Public reply on the platform', 'Private message'],
      holdingStatement:
        'We are sorry that you are having this experience. We are looking into it right now and will get back to you by {date}. Please send us the details by private message.',
      escalateWhen:
        'The person has been waiting for days or was promised an answer before, many people report the same, or the post is spreading fast.',
      escalateTo: 'Customer service lead.',
    },
    'reputation-attack': {
      title: 'Reputation attack or misinformation',
      summary:
        'False claims, fake screenshots or “scam” accusations spread. Share accurate facts calmly in one place, correct false claims without attacking anyone, and involve legal where needed.',
      steps: {
        'fact-sheet': 'Keep a fact sheet with verifiable facts and sources, and agree with legal when they are involved.',
        source: 'Find where the claim started and who spreads it; check whether multipliers or the press have picked it up.',
        verify: 'Check the claim internally before answering: is any part of it true? Often the truth lies in between.',
        escalate: 'Escalate to the head of communications; involve legal when claims are defamatory or fake screenshots circulate.',
        facts: 'Publish the facts calmly in one place (statement or blog) and link to it; correct false claims without attacking anyone.',
        'answer-facts': 'Answer questions with facts and sources; do not argue and do not repeat the false claim in your own words.',
        report: 'Reply once to obvious trolls at most; report fake accounts and impersonation to the platform.',
        record: 'Keep a record of false claims and corrections, and rebuild trust with open, verifiable information.',
      },
      whoAnswers:
        'The head of communications, with legal when needed; community managers answer with the facts and link to the statement.',
      channels: ['Blog or website', 'Press statement', 'All social channels'],
      holdingStatement:
        'We have seen claims about us that are spreading today. We are checking them carefully and will share the verified facts here by {date}, with sources.',
      escalateWhen:
        'The claim accuses the brand of fraud or crime, fake screenshots circulate, or press or large accounts share it.',
      escalateTo: 'Head of communications and legal.',
      deleteNote:
        'Do not delete our own earlier statements even when they are quoted against us; add a correction instead.',
    },
    'employee-misconduct': {
      title: 'Employee misconduct',
      summary:
        'An employee’s behaviour, on or off the brand account, angers people: a video, a rude answer, a screenshot. Check the facts with HR first; then make a statement without presuming what happened, and apologise once the facts are confirmed. Never name or judge the person in public.',
      steps: {
        'social-policy': 'Have a social media policy and train staff on what they may share and who speaks for the company.',
        'verify-facts': 'Verify the facts with HR before saying anything specific: who, when, and whether the screenshot is genuine.',
        scope: 'Check whether the employee’s private accounts are involved and whether customers were harmed.',
        escalate: 'Escalate to HR and management; do not name or judge the employee in public.',
        statement: 'Once HR has checked the facts, publish a statement: we have seen it, we take it seriously, it is being looked into, and when we will update. Do not presume what happened.',
        apologise: 'Only when HR has confirmed that someone was treated wrongly: the apology comes from someone senior or the person who erred, not from whoever is on shift.',
        privacy: 'Thank the person, say you take it seriously and are looking into it, and invite them to a private channel. Share no personnel details.',
        outcome: 'Share the outcome of the investigation as far as privacy allows, and what changes (training, rules).',
        'fact-check': 'Check the facts with HR first, before any statement or apology: what happened, who was involved, whether the video or screenshot is genuine and complete.',
      },
      whoAnswers: 'Someone senior, such as management or the head of communications; never the colleague involved or their team.',
      channels: ['Blog or website', 'Press statement', 'LinkedIn', 'The platform where it was raised'],
      holdingStatement:
        'Thank you for raising this. We take it seriously and are looking into it internally. We will give an update here by {date}.',
      escalateWhen:
        'A video or screenshot of staff is spreading, someone demands a dismissal, or a customer was harmed.',
      escalateTo: 'HR and management.',
    },
    'security-incident': {
      title: 'Hacked account or security incident',
      summary:
        'The account posts things nobody wrote, people receive phishing in the brand’s name, or data may have leaked. Secure the account, let IT confirm what happened, then say clearly what it was and apologise anyway. A data leak brings a 72-hour notification duty.',
      steps: {
        'account-security': 'Protect every account: two-factor authentication, a password manager, a list of who has access, and recovery contacts at each platform.',
        signs: 'Look for signs of a hack: posts nobody scheduled, changed profile details, phishing links, messages sent in the brand’s name.',
        'data-check': 'Check with IT whether customer data may have leaked; that starts the 72-hour clock for notifying the supervisory authority.',
        escalate: 'Alert IT security and the crisis team lead; if customer data may be affected, involve the data protection officer.',
        secure: 'Secure the account first: change passwords, end all sessions, remove app access, and contact platform support.',
        'say-hacked': 'Once IT has confirmed an attack, say clearly on every affected channel that the account was hacked, and apologise anyway.',
        'remove-posts': 'Take screenshots of the attacker’s posts for the record, then delete them and warn people not to click their links.',
        'answer-worried': 'Answer worried people: what happened, what they should do (ignore the messages, change passwords), and where updates appear.',
        explain: 'Explain what happened and what changed (two-factor authentication, access rules); check everything the attacker sent.',
        'reply-now': 'Say only that you are looking into unusual activity on this account and that people should not click links in recent posts or messages.',
        'fact-check': 'Let IT confirm what happened (an outside attack, a leaked password, or someone with legitimate access) before anyone says the account was hacked.',
        'data-leak': 'If personal data may have leaked, the data protection officer notifies the supervisory authority within 72 hours of becoming aware (GDPR Art. 33) and, where the risk to people is high, the affected people without undue delay (Art. 34). Public posts do not replace these notices.',
      },
      whoAnswers: 'The community manager posts the approved notice; the apology comes from someone senior.',
      channels: ['All affected channels', 'Email to affected customers if data leaked'],
      holdingStatement:
        'We are looking into unusual activity on this account. Please do not click links in recent posts or messages from it. We will post an update here by {date}.',
      escalateWhen: 'Always: any sign that the account or customer data was compromised.',
      escalateTo: 'IT security, the crisis team lead and the data protection officer.',
      deleteNote: 'Screenshot the attacker’s posts for the record before deleting them.',
    },
    'social-responsibility': {
      title: 'Social responsibility or ethics outrage',
      summary:
        'A post, campaign or practice is seen as racist, sexist, exploitative or harmful, and boycott calls appear. Listen, acknowledge, make concrete commitments, and do not get defensive.',
      steps: {
        'values-check': 'Review every post for sensitivity before publishing; when world events happen, check scheduled posts and ads at once.',
        sentiment: 'Assess the mood: are people who are not affected joining in, are there boycott calls, are arguments turning into emotions?',
        calendar: 'Check scheduled posts and ads for anything that now reads as tone-deaf, and pause them.',
        escalate: 'Escalate to the crisis team lead and management, and pause scheduled posts and campaigns at once.',
        acknowledge: 'Acknowledge the criticism without defensiveness; admit fault only where the facts are clear and legal has cleared it. The statement comes from someone senior.',
        commit: 'Name concrete commitments with dates, such as a training programme or a supplier review, not general values.',
        listen: 'Listen first: read what people actually object to before you answer.',
        'reply-link': 'Answer individual comments with the acknowledgement and a link to the statement; do not debate in the comments.',
        progress: 'Report progress on the commitments in public, and thank the people who raised the issue.',
        'fact-check': 'Check the facts with the people responsible (suppliers, HR, legal) before answering. For claims about suppliers or working conditions, saying we got it wrong can be a legal admission: legal clears the wording.',
      },
      whoAnswers:
        'The person responsible for the post or someone senior; when the brand’s values are in question, management.',
      channels: ['All social channels', 'Statement on the website'],
      holdingStatement:
        'We hear the criticism and understand why people are upset. We are listening and checking what happened, and we will say more here by {date}.',
      escalateWhen: 'Boycott calls appear, the topic trends, or press, politicians or large accounts join in.',
      escalateTo: 'Crisis team lead and management.',
      deleteNote:
        'If the post itself is the problem, usually keep it and add a statement; remove it only if it hurts people who are seeing it now, and say that you did.',
    },
    'own-post': {
      title: 'Mistake in our own post',
      summary:
        'One of our own posts is wrong, misleading, tone-deaf or provocative, shows an unsuitable image, or uses material we have no rights to. Find out exactly what is wrong, decide whether to keep or delete, correct it openly, and fix the approval process.',
      steps: {
        'post-review': 'Keep an editorial calendar in which every post is reviewed and approved, image and music rights are cleared, and agencies know what they may post.',
        'what-wrong': 'Work out what exactly is wrong: facts, tone, image, or someone else’s rights. Quote-replies of our post show how it is read.',
        'spread': 'Check how far it has spread: shares, quote-replies, large accounts, press.',
        escalate: 'Tell the person who approved the post and the crisis team lead; legal if rights or claims about others are involved.',
        'fact-check': 'Check with whoever made and approved the post what was meant and what is wrong before saying anything about why it happened.',
        'keep-or-delete': 'The person agreed in advance decides: usually keep the post and add a correction. Delete at once if it is lewd or graphic, infringes someone’s rights, or was not posted by us; take screenshots first and say that you removed it.',
        correct: 'Post the correction or apology from the person who made the mistake or from someone senior: what was wrong and what happens now.',
        'rights-holder': 'If rights are involved, contact the rights holder, and replace or remove the material.',
        'approval-flow': 'Tighten the approval step that let the post through, and brief agencies again.',
      },
      whoAnswers: 'The person who made the mistake or someone senior; community managers link to the correction.',
      channels: ['The platform of the post', 'All channels where it was shared'],
      holdingStatement:
        'We have seen the reactions to our post and are looking at what went wrong. We will say more here by {date}.',
      escalateWhen: 'The post is widely shared or quoted, large accounts or press pick it up, or someone’s rights are involved.',
      escalateTo: 'The person who approved the post, the crisis team lead, and legal for rights.',
      deleteNote: 'Deleted or kept, say so in public, and keep screenshots of the original for the record.',
    },
  },
};
