# Core UI strings (English). Feature strings live in locales/en/<feature>.ftl.

start-greeting =
    <b>Hi, I'm Kawan Migran.</b> 👋
    I help you and your family check job offers abroad and stay clear of scams and human trafficking.
    Ask me anything, send a job ad to check, or find official contacts to report or get help.
start-hint = Type your question in your own words, or pick from the menu below.
hello-reply = Hello 👋
salam-reply = Wa alaikum salam 🙏
sad-reply = I am here 🙏 Tell me what happened, slowly and in your own words. If you or your family are in danger right now, press Report below for the official emergency numbers.
thanks-reply = You're welcome 🙏 I hope it helps.
follow-up-is-it-safe = Which one should I check? I do not keep earlier messages (for your privacy), so I cannot see it. Paste the ad or the recruiter's chat here, or send a screenshot, and I will show you its warning signs. I can never declare an offer safe, but I can show you what to check.
follow-up-needs-story = I do not keep your earlier messages (for your privacy), so I do not know yet what this is about. Tell me again in a few words: what happened, in which country, and what you want to do. If there is an ad or a recruiter's chat, paste it here. Or pick from the menu below.
follow-up-unclear = I did not catch what you mean. If it is about the article I just sent (“{ $title }”), write your question again with a few more words, such as the country, the kind of work or the amount of money. Or open the article again below.
follow-up-last-likely-scam = The last check: 🚨 most likely a scam or dangerous offer. So the answer is no: do not sign up, do not pay, and do not travel on that offer. The "Details" button under the check explains why. If you have already paid or handed over documents, press Report.
follow-up-last-suspicious = The last check: ⚠️ it has warning signs, so it cannot be called safe. Do not pay or travel before those signs are answered.
follow-up-last-no-signs-found = The last check: no known warning signs found. That does NOT mean safe: the bot can never confirm an offer is safe, and scammers keep changing their words.
follow-up-going-ahead =
    Before you sign up, pay or leave, make sure of these three things (I do not keep the text of ads or messages, so this holds for any offer):
    • The agency (P3MI) and its licence number are listed in SISKOP2MI, or you have asked the local labour office (Disnaker) or the nearest BP3MI about it.
    • You travel on a work visa with a work contract you have read and signed in Indonesia, not on a tourist visa.
    • You pay nothing beyond the official costs, and you hand your passport to no one.
    Unsure? Ask the KP2MI call centre on 0800-1000 (free), or paste the ad here to check it. If you have already paid or handed over documents, keep every proof and see where to report.
    If you go anyway: save the Kemlu hotline +62 812-9007-0027, register with the embassy through Peduli WNI or the Safe Travel app when you arrive, keep your own passport, and tell your family where you live and work.

menu-title = Main menu
menu-ask = ❓ Ask
menu-check = 🔎 Check a job ad
menu-report = 🆘 Report / get help
concern-note = If you or the person you wrote about is in danger, held, or not allowed to leave, don't wait: press the button below for the official emergency numbers.
menu-topics = 📚 Topics
menu-language = 🌐 Bahasa / Language
menu-privacy = 🔒 Privacy
menu-ask-hint = Just type your question, for example: <i>"how do I check that a recruitment agency is licensed?"</i> or <i>"can I work on a tourist visa?"</i>

help-text =
    <b>What I can help with</b>
    • Questions about job offers, visas, passports and working abroad legally — with official sources.
    • Checking job ads: paste, forward or send a photo. I show the warning signs.
    • Official contacts to report or get help, including in an emergency.

    <b>Commands</b>
    /start — main menu
    /check — check a job ad
    /report — official contacts to report
    /topics — browse topics
    /language — change language
    /privacy — what data I keep
    /delete — delete my data

    I am an automated bot, not a government officer or a lawyer. For important decisions, always confirm with the official agency.

language-choose = Choose a language:
language-set = OK, I will use English.

privacy-text =
    <b>Privacy</b>
    • I <b>do not store what you write</b> and never forward it to anyone, with one exception below.
    • What I keep: your language choice and the menu step in progress, linked to your Telegram ID, deleted automatically after { $sessionDays } days without use.
    • The exception: questions I could not answer are kept <b>without any user ID</b>, with phone numbers, e-mails and digit runs removed, for { $unansweredDays } days, so editors can improve the answers. Nothing written after an emergency reply or in a report (/lapor) is kept at all.
    • The 👍/👎 buttons only add to a count per article, without user IDs.
    • Photos of ads are read on our server and then discarded; they are not stored.
    • The verdict of your last ad check, the last country abroad your messages named (its code only), and that you just got an emergency reply, for which country and whether for a relative (never the text of your messages), are remembered for 30 minutes in the server's memory only, so "so it's safe?" can be answered and the emergency numbers repeated without asking again. The last article I sent (its id, never your question) is remembered for 10 minutes, so "and Hong Kong?" can be answered.
    • A text waiting for your answer to "ad or question?" is kept for at most 10 minutes, and the pieces of an ad sent one by one for 90 seconds, in the server's memory only, so the whole ad can be checked.
    • Type /delete to delete your data right now.

unsupported-private = Sorry, I can't read { $kind } yet. Send text or a photo of the ad, or type /help.
unsupported-kind-sticker = stickers
unsupported-kind-voice = voice messages
unsupported-kind-location = locations
unsupported-kind-other = this kind of message

error-apology = Sorry, something went wrong on my side. Please try again in a moment. In an emergency, call the Kemlu hotline +62 812-9007-0027 (24 hours).
fallback-text = I don't understand this message yet. Type your question, send a job ad to check, or type /help.
button-main-menu = ⬅️ Main menu

rate-limited = That is a lot of messages in a short time. I'm pausing for a moment — please try again in { $seconds } seconds. In an emergency, call the Kemlu hotline +62 812-9007-0027 (24 hours).
rate-limited-short = Too fast, please try again in a moment.
delete-done = Your data has been deleted: your language choice, menu steps, the last check's verdict and the remembered country. I never keep what you write with your ID; unanswered questions are kept without any ID and expire by themselves. Type /start to begin again.

command-start = Main menu
command-cek = Check a job ad
command-lapor = Official contacts to report or get help
command-topik = Browse topics
command-bahasa = Change language
command-privasi = What data is kept
command-hapus = Delete my data
command-help = Help
bot-description = Kawan Migran helps Indonesian job-seekers and their families check job offers abroad, recognise scams and human trafficking, and find official contacts for help. An automated bot; not a government service.
bot-short-description = Check job offers abroad, spot scams, find official help.

check-prompt = Paste the job ad here, forward the message, or send a photo or screenshot of it. I will show you its warning signs.
check-too-short = This is too short to judge. I found no warning signs in it, but a whole ad usually names the job, the pay, the country, the fees and how to apply, and that is where warning signs show. Paste the whole ad, forward the message, or send a screenshot of it.
check-link-only = I do not open links: what is behind them can change, and some are built to steal data. Paste the job ad's text here, or send a screenshot of it, and I will check it for warning signs.
check-link-only-short = ⚠️ This is a short link: it hides where it really goes. Do not enter personal data or pay anything through it.
check-group-hint = To check an ad in a group, reply to the ad's message with /check.
check-expired = This result has expired. Send the ad again to check it.
check-button-details = 🔍 Details: why is it risky?
check-button-details-minor = 🔍 Details
check-button-read-more = 📄 Read more
route-choose = Is this a job ad you want me to check, or a question?
route-choose-ad = 🔎 Check as an ad
route-choose-question = ❓ Answer the question
route-joined-earlier = 🔗 I joined this with the part of the ad you sent before, and checked it all:

# Someone about to leave ("I'm at the airport", "flying tomorrow") with warning signs in what they wrote.
leaving-now-title = ⛔ Wait before you board.
leaving-now-signs = What you wrote already shows warning signs: { $signs }.
leaving-now-not-placement = Cambodia and Myanmar are not placement countries for Indonesian migrant workers (Minister for Migrant Workers, October 2025): there is no legal way to work there.
leaving-now-body = Many victims of scam companies leave as "tourists" through the airport, and their passports are taken once they arrive. Legal work abroad needs a work visa and a contract signed in Indonesia.
leaving-now-act = Tell the immigration officer at the airport about the job offer, or call the KP2MI call centre on 0800-1000 (free) now.
