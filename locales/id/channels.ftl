# Saluran bantuan dan pelaporan resmi (src/channels). Nomor telepon TIDAK ditulis di sini:
# nomor datang dari content/channels/*.yaml yang sudah divalidasi.

channels-situation-in-danger-abroad = 🆘 Saya dalam bahaya di luar negeri
channels-situation-family-report = 👪 Keluarga/teman dalam masalah di luar negeri
channels-situation-report-recruiter = 🚩 Melaporkan perekrut/calo
channels-situation-passport-immigration = 🛂 Paspor ditahan atau hilang
channels-situation-women-children = 👩‍👧 Kekerasan terhadap perempuan/anak
channels-situation-service-complaint = 🏛️ Mengadukan layanan pemerintah
channels-situation-victim-protection = 🛡️ Perlindungan korban dan saksi

channels-country-ID = 🇮🇩 Indonesia
channels-country-KH = 🇰🇭 Kamboja
channels-country-MM = 🇲🇲 Myanmar
channels-country-LA = 🇱🇦 Laos
channels-country-TH = 🇹🇭 Thailand
channels-country-PH = 🇵🇭 Filipina
channels-country-MY = 🇲🇾 Malaysia
channels-country-other = 🌏 Negara lain

channels-flow-ask-situation = Apa yang terjadi? Pilih yang paling sesuai.
channels-flow-ask-country = Di negara mana kejadiannya?
channels-flow-entry-hint = Tekan "Lapor / minta bantuan" untuk melihat saluran resmi sesuai situasi dan negaranya.

channels-list-title = Saluran resmi untuk situasi ini:
channels-none = Kami belum punya saluran terverifikasi untuk pilihan ini. Hubungi hotline Pelindungan WNI Kemlu, yang terhubung dengan semua KBRI.
channels-contact-phone = telepon
channels-contact-whatsapp = WhatsApp
channels-contact-sms = SMS
channels-contact-url = situs
channels-contact-email = e-mail
channels-contact-app = aplikasi
channels-hours = Jam layanan: { $hours }
channels-medium-warning = ⚠️ Nomor ini belum bisa kami pastikan. Kalau tidak tersambung, hubungi Hotline Kemlu, yang menjangkau semua KBRI.
channels-medium-contact = (nomor dari sumber lama)
channels-organisation = Dikelola oleh: { $organisation }

channels-prepare-title = Siapkan sebelum melapor:
channels-prepare-list =
    • nama lengkap dan nomor paspor
    • lokasi terakhir yang diketahui (atau pin lokasi)
    • nama perusahaan/majikan dan nama perekrut
    • nomor telepon dan akun media sosial perekrut
    • foto atau tangkapan layar percakapan dan iklan
    • urutan kejadian (kapan berangkat, kapan terakhir dihubungi)
channels-prepare-self-title = Kalau bisa tanpa membahayakan dirimu, siapkan:
channels-prepare-self-list =
    • lokasimu sekarang (atau kirim pin lokasi ke hotline)
    • nama perusahaan, majikan atau gedung, dan nama perekrut
    • nomor paspor, kalau ingat
    • nomor yang bisa dihubungi, dan kapan aman dihubungi
channels-report-not-post = Laporkan ke saluran resmi, jangan hanya diviralkan di media sosial: unggahan viral bisa memperlambat penyelamatan.
channels-prepare-recruiter-title = Simpan buktinya dan siapkan sebelum melapor:
channels-prepare-recruiter-list =
    • nama perekrut atau perusahaannya, dan alamat kantornya kalau ada
    • nomor telepon, akun media sosial dan tautan iklannya
    • tangkapan layar iklan dan percakapan (jangan dihapus dulu)
    • bukti transfer atau kuitansi, dengan nomor rekening tujuan
    • nama orang lain yang ikut direkrut, kalau ada
    • urutan kejadian (kapan dihubungi, apa yang dijanjikan, apa yang sudah dibayar)
channels-report-recruiter-not-post = Laporkan ke saluran resmi: unggahan di media sosial saja bukan laporan.

channels-country-note-LA = Kami tidak bisa memastikan nomor hotline KBRI Vientiane. Hotline 24 jam Kemlu dan aplikasi Safe Travel akan menyambungkan ke KBRI.
channels-country-note-MM = KBRI tidak bisa masuk ke wilayah konflik seperti Myawaddy. WNI yang keluar dari sana biasanya ditangani bersama KBRI Bangkok di Mae Sot.
channels-country-note-other = Untuk negara ini kami belum punya nomor KBRI yang terverifikasi. Hotline 24 jam Kemlu terhubung dengan semua KBRI/KJRI.
channels-country-note-unknown = Pilih negaranya di bawah, nanti saya tunjukkan nomor KBRI di sana.

channels-emergency-title = Kamu tidak sendirian. Hubungi sekarang:
channels-emergency-despair = Terima kasih sudah cerita. Perasaanmu penting. Kalau kamu berpikir untuk menyakiti diri, hubungi nomor di bawah sekarang, atau ceritakan ke orang yang kamu percaya di dekatmu.
channels-emergency-in-indonesia = Jika berada di Indonesia: polisi { $number } (gratis, 24 jam).
channels-emergency-host-note = Nomor setempat: hubungi KBRI atau Hotline Kemlu dulu bila bisa.
channels-crisis-reminder-title = Kalau kamu masih dalam bahaya, hubungi nomor ini, mulai dari yang paling atas:
channels-crisis-reminder-write = Kalau tidak bisa menelepon, kirim chat WhatsApp diam-diam: tulis nama, kota, dan nama gedung atau perusahaan tempatmu sekarang.
channels-crisis-reminder-family-title = Kalau dia masih dalam bahaya, hubungi nomor ini atas namanya, mulai dari yang paling atas. Keluarga boleh melapor mewakilinya:
channels-crisis-reminder-family-write = Sampaikan ke petugas: nama lengkapnya, nomor paspor kalau ada, kota dan nama perusahaan atau gedung tempat dia terakhir berada, dan kapan terakhir ada kabar.
channels-emergency-tip = Simpan nomor-nomor ini. Jika ada yang mungkin memeriksa HP-mu, hapus chat ini setelah mencatatnya.
channels-emergency-family-title = Untuk menolong keluargamu, laporkan sekarang:
channels-emergency-family-intro = Telepon atau kirim WhatsApp ke hotline Pelindungan WNI Kemlu (24 jam). Ceritakan apa yang terjadi.
channels-emergency-family-record = Catat dan simpan: nama lengkap, nomor paspor, lokasi terakhir, nama perusahaan dan perekrut, nomor dan akun mereka, tangkapan layar pesan, dan urutan kejadian.
channels-emergency-no-transfer-title = Jangan transfer uang dulu.
channels-emergency-no-transfer = Sebelum membayar tebusan, "denda" atau "biaya pembebasan" kepada siapa pun, hubungi dulu Hotline Kemlu atau KBRI. Layanan KBRI gratis, kecuali biaya resmi SPLP, dan ada penipu yang mengaku petugas. Simpan chat, nomor rekening dan bukti permintaan uangnya.
channels-emergency-family-no-post = Jangan sebarkan lokasi, foto atau nama di media sosial: itu bisa membahayakan dia. Laporkan ke hotline.

channels-button-whatsapp = WhatsApp { $name }
channels-button-web = { $label }

# "sy udh aman di mae sot": the way home, and what to fear less.
channels-safe-now-title = Syukurlah kamu sudah aman. Beberapa langkah berikutnya:
channels-safe-now-contact = Kalau belum di KBRI, hubungi KBRI atau hotline Kemlu supaya kamu tercatat dan dibantu pulang:
channels-safe-now-passport = Paspor ditahan atau hilang? KBRI bisa menerbitkan SPLP (dokumen pengganti paspor) untuk pulang. Layanan KBRI gratis, kecuali biaya resmi SPLP.
channels-safe-now-not-punished = Kalau kamu dipaksa ikut menipu: korban perdagangan orang yang melakukan tindak pidana karena dipaksa pelaku tidak dipidana (Pasal 18 UU 21/2007). Petugas menilai setiap kasus, jadi ceritakan dengan jujur apa yang dipaksakan kepadamu.
channels-safe-now-evidence = Simpan bukti: chat, nama dan nomor perekrut, bukti transfer. Perekrutnya bisa kamu laporkan lewat /lapor.
channels-safe-now-family-title = Syukurlah dia sudah aman. Beberapa langkah berikutnya:
channels-safe-now-family-contact = Kalau dia belum di KBRI, dia (atau keluarga) bisa menghubungi KBRI atau hotline Kemlu supaya tercatat dan dibantu pulang:
channels-safe-now-family-passport = Paspornya ditahan atau hilang? KBRI bisa menerbitkan SPLP (dokumen pengganti paspor) untuk pulang. Layanan KBRI gratis, kecuali biaya resmi SPLP; waspadai orang yang meminta uang atas nama KBRI.
channels-safe-now-family-not-punished = Kalau dia dipaksa ikut menipu: korban perdagangan orang yang melakukan tindak pidana karena dipaksa pelaku tidak dipidana (Pasal 18 UU 21/2007). Petugas menilai setiap kasus, jadi minta dia bercerita dengan jujur apa yang dipaksakan kepadanya.
