# Official help and reporting channels (src/channels). Phone numbers are NOT written here:
# they come from the validated content/channels/*.yaml files.

channels-situation-in-danger-abroad = 🆘 I am in danger abroad
channels-situation-family-report = 👪 Family or friend in trouble abroad
channels-situation-report-recruiter = 🚩 Report a recruiter or broker
channels-situation-passport-immigration = 🛂 Passport held or lost
channels-situation-women-children = 👩‍👧 Violence against women or children
channels-situation-service-complaint = 🏛️ Complain about a government service
channels-situation-victim-protection = 🛡️ Protection for victims and witnesses

channels-country-ID = 🇮🇩 Indonesia
channels-country-KH = 🇰🇭 Cambodia
channels-country-MM = 🇲🇲 Myanmar
channels-country-LA = 🇱🇦 Laos
channels-country-TH = 🇹🇭 Thailand
channels-country-PH = 🇵🇭 Philippines
channels-country-MY = 🇲🇾 Malaysia
channels-country-other = 🌏 Another country

channels-flow-ask-situation = What is happening? Choose the closest option.
channels-flow-ask-country = Which country is this in?
channels-flow-entry-hint = Tap "Report / get help" to see the official channels for the situation and the country.

channels-list-title = Official channels for this situation:
channels-none = We have no verified channel for this choice yet. Contact the Kemlu protection hotline, which reaches every Indonesian embassy.
channels-contact-phone = phone
channels-contact-whatsapp = WhatsApp
channels-contact-sms = SMS
channels-contact-url = website
channels-contact-email = e-mail
channels-contact-app = app
channels-hours = Hours: { $hours }
channels-medium-warning = ⚠️ We could not confirm this number. If it does not connect, call the Kemlu hotline, which reaches every Indonesian embassy.
channels-medium-contact = (number from an older source)
channels-organisation = Run by: { $organisation }

channels-prepare-title = Have this ready when you report:
channels-prepare-list =
    • full name and passport number
    • last known location (or a pinned location)
    • company or employer name and recruiter names
    • the recruiters' phone numbers and social-media accounts
    • photos or screenshots of chats and the job ad
    • a timeline (when they left, when you last heard from them)
channels-prepare-self-title = If you can do it without putting yourself at risk, have this ready:
channels-prepare-self-list =
    • where you are now (or send a pinned location to the hotline)
    • the company, employer or building name, and the recruiter's name
    • your passport number, if you remember it
    • a number you can be reached on, and when it is safe to call
channels-report-not-post = Report to an official channel, do not only post on social media: viral posts can slow a rescue down.
channels-prepare-recruiter-title = Keep the evidence and have this ready when you report:
channels-prepare-recruiter-list =
    • the recruiter's or company's name, and its office address if there is one
    • phone numbers, social-media accounts and the link to the ad
    • screenshots of the ad and the chats (do not delete them yet)
    • bank transfer slips or receipts, with the account number paid to
    • names of others who were recruited, if any
    • a timeline (when they contacted you, what they promised, what you paid)
channels-report-recruiter-not-post = Report to an official channel: a social-media post alone is not a report.

channels-country-note-LA = We could not verify a KBRI Vientiane hotline. The Kemlu 24-hour hotline and the Safe Travel app reach the embassy.
channels-country-note-MM = The embassy cannot enter conflict areas such as Myawaddy. People leaving there are usually handled with the embassy in Bangkok at Mae Sot.
channels-country-note-other = We have no verified embassy number for this country yet. The Kemlu 24-hour hotline reaches every Indonesian embassy and consulate.
channels-country-note-unknown = Pick the country below and I will show the Indonesian embassy there.

channels-emergency-title = You are not alone. Contact them now:
channels-emergency-despair = Thank you for telling me. What you feel matters. If you are thinking of hurting yourself, contact a number below now, or tell someone you trust who is near you.
channels-emergency-in-indonesia = If you are in Indonesia: police { $number } (free, 24 hours).
channels-emergency-host-note = A local number: contact the Indonesian embassy or the Kemlu hotline first if you can.
channels-crisis-reminder-title = If you are still in danger, contact these numbers, starting with the first:
channels-crisis-reminder-write = If you cannot call, send a WhatsApp message quietly: write your name, the city, and the name of the building or company where you are.
channels-crisis-reminder-family-title = If they are still in danger, contact these numbers for them, starting with the first. Family members may report on their behalf:
channels-crisis-reminder-family-write = Tell the officer: their full name, passport number if you have it, the city and the company or building where they last were, and when you last heard from them.
channels-emergency-tip = Save these numbers. If someone may check your phone, delete this chat after noting them down.
channels-emergency-family-title = To help your family member, report now:
channels-emergency-family-intro = Call or WhatsApp the Kemlu protection hotline (24 hours) and tell them what happened.
channels-emergency-family-record = Write down and keep: full name, passport number, last known location, company and recruiter names, their numbers and accounts, screenshots of messages, and a timeline.
channels-emergency-no-transfer-title = Do not transfer money yet.
channels-emergency-no-transfer = Before anyone pays a ransom, a "fine" or a "release fee", call the Kemlu hotline or the embassy first. Embassy services are free, except the official SPLP fee, and some scammers pretend to be officials. Keep the chats, the account numbers and the proof of the demand.
channels-emergency-family-no-post = Do not share their location, photos or name on social media: it can put them in danger. Report to the hotline.

channels-button-whatsapp = WhatsApp { $name }
channels-button-web = { $label }

# "I'm safe now in Mae Sot": the way home, and what to fear less.
channels-safe-now-title = Thank goodness you are safe. A few next steps:
channels-safe-now-contact = If you are not at the embassy yet, contact it or the Kemlu hotline so that you are registered and helped home:
channels-safe-now-passport = Passport held or lost? The embassy can issue an SPLP (a replacement travel document) for the way home. Embassy services are free, except the official SPLP fee.
channels-safe-now-not-punished = If you were forced to take part in scams: victims of trafficking who commit a crime because traffickers forced them are not punished (Article 18 of Law 21/2007). Officers assess each case, so tell them honestly what you were forced to do.
channels-safe-now-evidence = Keep the evidence: chats, the recruiter's name and number, transfer receipts. You can report the recruiter with /report.
channels-safe-now-family-title = Thank goodness they are safe. A few next steps:
channels-safe-now-family-contact = If they are not at the embassy yet, they (or the family) can contact the embassy or the Kemlu hotline so that they are registered and helped home:
channels-safe-now-family-passport = Passport held or lost? The embassy can issue an SPLP (a replacement travel document) for the way home. Embassy services are free, except the official SPLP fee; beware of anyone asking for money in the embassy's name.
channels-safe-now-family-not-punished = If they were forced to take part in scams: victims of trafficking who commit a crime because traffickers forced them are not punished (Article 18 of Law 21/2007). Officers assess each case, so ask them to tell honestly what they were forced to do.
