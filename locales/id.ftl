# Core UI strings (Indonesian). Feature strings live in locales/id/<feature>.ftl.

start-greeting =
    <b>Halo, saya Kawan Migran.</b> 👋
    Saya membantu kamu dan keluargamu mengecek tawaran kerja ke luar negeri dan menghindari penipuan serta perdagangan orang.
    Tanya apa saja, kirim iklan lowongan untuk dicek, atau cari kontak resmi untuk melapor.
start-hint = Ketik pertanyaanmu dengan bahasa sehari-hari, atau pilih menu di bawah.
hello-reply = Halo 👋
salam-reply = Waalaikumsalam 🙏
sad-reply = Aku di sini 🙏 Ceritakan pelan-pelan apa yang terjadi, dengan kata-katamu sendiri. Kalau kamu atau keluargamu sedang dalam bahaya, tekan tombol Lapor di bawah untuk nomor darurat resmi.
thanks-reply = Sama-sama 🙏 Semoga membantu.
follow-up-is-it-safe = Yang mana yang mau dicek? Saya tidak menyimpan pesan sebelumnya (demi privasi), jadi tidak bisa melihatnya. Tempel teks iklan atau chat perekrutnya di sini, atau kirim tangkapan layarnya, lalu saya tunjukkan tanda bahayanya. Saya tidak pernah bisa menyatakan sebuah tawaran aman, tapi bisa menunjukkan apa yang perlu dicek.
follow-up-needs-story = Saya tidak menyimpan isi pesan sebelumnya (demi privasi Anda), jadi saya belum tahu maksudnya yang mana. Ceritakan lagi singkat: apa yang terjadi, di negara mana, dan apa yang mau Anda lakukan. Kalau ada iklan atau chat dari perekrut, tempel di sini. Atau pilih menu di bawah.
follow-up-unclear = Saya belum menangkap maksudnya. Kalau ini tentang artikel tadi (“{ $title }”), tulis lagi pertanyaanmu dengan beberapa kata lagi, misalnya nama negara, jenis kerja, atau jumlah uangnya. Atau buka lagi artikelnya di bawah.
follow-up-last-likely-scam = Hasil cek terakhir: 🚨 kemungkinan besar lowongan penipuan atau berbahaya. Jadi jawabannya tidak: jangan daftar, jangan bayar, dan jangan berangkat lewat tawaran itu. Tombol "Detail" di bawah hasil cek menjelaskan alasannya. Kalau sudah terlanjur bayar atau menyerahkan dokumen, tekan Lapor.
follow-up-last-suspicious = Hasil cek terakhir: ⚠️ ada tanda bahaya, jadi belum bisa dibilang aman. Jangan bayar atau berangkat sebelum tanda itu terjawab.
follow-up-last-no-signs-found = Hasil cek terakhir: tidak ditemukan tanda bahaya yang kami kenal. Itu BUKAN berarti aman: bot tidak bisa memastikan sebuah tawaran aman, dan penipu terus mengganti kata-katanya.
follow-up-going-ahead =
    Sebelum daftar, bayar atau berangkat, pastikan dulu tiga hal ini (saya tidak menyimpan isi iklan atau pesanmu, jadi ini berlaku untuk tawaran mana pun):
    • Nama agen (P3MI) dan nomor izinnya ada di SISKOP2MI, atau sudah kamu tanyakan ke Disnaker atau BP3MI terdekat.
    • Kamu berangkat dengan visa kerja dan kontrak kerja yang sudah kamu baca dan tanda tangani di Indonesia, bukan dengan visa turis.
    • Tidak ada uang yang kamu bayar di luar biaya resmi, dan paspormu tidak diserahkan kepada siapa pun.
    Ragu? Tanyakan ke call center KP2MI 0800-1000 (bebas pulsa), atau tempel iklannya di sini untuk dicek. Kalau sudah terlanjur bayar atau menyerahkan dokumen, simpan semua buktinya dan lihat ke mana melapor.
    Kalau tetap berangkat: simpan Hotline Kemlu +62 812-9007-0027, lapor diri lewat Peduli WNI atau aplikasi Safe Travel setibanya, pegang paspormu sendiri, dan kabari keluarga di mana kamu tinggal dan bekerja.

menu-title = Menu utama
menu-ask = ❓ Tanya
menu-check = 🔎 Cek iklan loker
menu-report = 🆘 Lapor / minta bantuan
concern-note = Kalau kamu atau orang yang kamu ceritakan sedang dalam bahaya, ditahan, atau tidak boleh pergi, jangan tunggu: tekan tombol di bawah untuk nomor darurat resmi.
menu-topics = 📚 Topik
menu-language = 🌐 Bahasa / Language
menu-privacy = 🔒 Privasi
menu-ask-hint = Tulis saja pertanyaanmu, misalnya: <i>"gmn cara cek PT penyalur resmi?"</i> atau <i>"visa turis bisa buat kerja ga?"</i>

help-text =
    <b>Yang bisa saya bantu</b>
    • Jawab pertanyaan soal tawaran kerja, visa, paspor dan bekerja di luar negeri secara resmi — dengan sumber resmi.
    • Cek iklan lowongan: tempel, teruskan (forward), atau kirim fotonya. Saya tunjukkan tanda bahayanya.
    • Kontak resmi untuk melapor atau minta bantuan, termasuk saat darurat.

    <b>Perintah</b>
    /start — menu utama
    /cek — cek iklan lowongan
    /lapor — kontak resmi untuk melapor
    /topik — jelajahi topik
    /bahasa — ganti bahasa
    /privasi — data apa yang saya simpan
    /hapus — hapus data saya

    Saya bot otomatis, bukan petugas pemerintah atau pengacara. Untuk keputusan penting, selalu pastikan ke instansi resmi.

language-choose = Pilih bahasa:
language-set = Baik, saya akan memakai Bahasa Indonesia.

privacy-text =
    <b>Privasi</b>
    • Saya <b>tidak menyimpan isi pesanmu</b> dan tidak meneruskannya ke siapa pun, dengan satu pengecualian di bawah.
    • Yang saya simpan: pilihan bahasa dan langkah menu yang sedang berjalan, terhubung ke ID Telegram-mu, dan dihapus otomatis setelah { $sessionDays } hari tidak aktif.
    • Pengecualiannya: pertanyaan yang belum bisa saya jawab disimpan <b>tanpa ID pengguna</b>, dengan nomor telepon, e-mail, dan deretan angka dihapus, selama { $unansweredDays } hari, supaya editor bisa memperbaiki jawaban. Apa pun yang ditulis setelah balasan darurat atau dalam laporan (/lapor) tidak disimpan sama sekali.
    • Tombol 👍/👎 hanya menambah hitungan per artikel, tanpa ID pengguna.
    • Foto iklan dibaca di server kami lalu dibuang; tidak disimpan.
    • Penilaian cek iklan terakhirmu, negara luar negeri terakhir yang disebut pesanmu (kodenya saja), dan bahwa kamu baru menerima balasan darurat beserta negaranya dan apakah untuk keluarga (tanpa teks pesannya), diingat 30 menit di memori server saja, supaya "jadi aman?" bisa dijawab dan nomor darurat bisa diulang tanpa bertanya lagi. Artikel terakhir yang saya kirim (hanya nomornya, bukan pertanyaanmu) diingat 10 menit, supaya "klo hongkong?" bisa dijawab.
    • Teks yang menunggu jawabanmu atas "iklan atau pertanyaan?" diingat paling lama 10 menit, dan potongan iklan yang dikirim terpisah 90 detik, di memori server saja, supaya bisa dicek utuh.
    • Ketik /hapus untuk menghapus datamu sekarang juga.

unsupported-private = Maaf, saya belum bisa membaca { $kind }. Kirim teks atau foto iklan, atau ketik /help.
unsupported-kind-sticker = stiker
unsupported-kind-voice = pesan suara
unsupported-kind-location = lokasi
unsupported-kind-other = jenis pesan ini

error-apology = Maaf, ada yang salah di sisi saya. Coba lagi sebentar lagi. Kalau darurat, hubungi hotline Kemlu +62 812-9007-0027 (24 jam).
fallback-text = Saya belum mengerti pesan ini. Ketik pertanyaanmu, kirim iklan lowongan untuk dicek, atau ketik /help.
button-main-menu = ⬅️ Menu utama

rate-limited = Pesanmu banyak sekali dalam waktu singkat. Saya jeda sebentar — coba lagi dalam { $seconds } detik. Kalau darurat, hubungi hotline Kemlu +62 812-9007-0027 (24 jam).
rate-limited-short = Terlalu cepat, coba lagi sebentar lagi.
delete-done = Data kamu sudah dihapus: pilihan bahasa, langkah menu, penilaian cek terakhir dan negara yang diingat. Saya tidak pernah menyimpan isi pesanmu bersama ID-mu; pertanyaan yang belum terjawab disimpan tanpa ID dan terhapus sendiri. Ketik /start untuk mulai lagi.

command-start = Menu utama
command-cek = Cek iklan lowongan kerja
command-lapor = Kontak resmi untuk melapor atau minta bantuan
command-topik = Jelajahi topik
command-bahasa = Ganti bahasa
command-privasi = Data apa yang disimpan
command-hapus = Hapus data saya
command-help = Bantuan
bot-description = Kawan Migran membantu calon pekerja migran dan keluarganya mengecek tawaran kerja ke luar negeri, mengenali penipuan dan perdagangan orang, dan menemukan kontak resmi untuk minta bantuan. Bot otomatis; bukan layanan pemerintah.
bot-short-description = Cek tawaran kerja luar negeri, kenali penipuan, temukan bantuan resmi.

check-prompt = Tempel teks iklan lowongannya di sini, teruskan (forward) pesannya, atau kirim foto/tangkapan layarnya. Saya akan menunjukkan tanda bahayanya.
check-too-short = Pesan ini terlalu pendek untuk dinilai. Saya tidak menemukan tanda bahaya di dalamnya, tapi iklan lengkap biasanya menyebut pekerjaan, gaji, negara, biaya dan cara melamar, dan di situlah tanda bahaya terlihat. Tempel seluruh teks iklannya, teruskan pesannya, atau kirim tangkapan layarnya.
check-link-only = Saya tidak membuka tautan: isinya bisa berubah, dan ada yang dibuat untuk mencuri data. Salin teks lowongannya ke sini, atau kirim tangkapan layarnya, lalu saya cek tanda bahayanya.
check-link-only-short = ⚠️ Ini tautan pendek: alamat aslinya tersembunyi. Jangan isi data pribadi atau membayar apa pun lewat tautan itu.
check-group-hint = Untuk mengecek iklan di grup, balas (reply) pesan iklannya dengan /cek.
check-expired = Hasil ini sudah kedaluwarsa. Kirim ulang iklannya untuk dicek lagi.
check-button-details = 🔍 Detail: kenapa berbahaya?
check-button-details-minor = 🔍 Detail
check-button-read-more = 📄 Baca selengkapnya
route-choose = Ini iklan lowongan yang mau dicek, atau pertanyaan?
route-choose-ad = 🔎 Cek sebagai iklan
route-choose-question = ❓ Jawab pertanyaan
route-joined-earlier = 🔗 Saya gabungkan dengan bagian iklan yang kamu kirim sebelumnya, lalu cek semuanya:

# Someone about to leave ("sy udh di bandara", "besok terbang") with warning signs in what they wrote.
leaving-now-title = ⛔ Tahan dulu sebelum naik pesawat.
leaving-now-signs = Dari yang kamu tulis sudah ada tanda bahaya: { $signs }.
leaving-now-not-placement = Kamboja dan Myanmar bukan negara penempatan PMI (Menteri P2MI, Oktober 2025): tidak ada jalur kerja resmi ke sana.
leaving-now-body = Banyak korban perusahaan scam berangkat sebagai "turis" lewat bandara, lalu paspornya ditahan di sana. Kerja resmi ke luar negeri butuh visa kerja dan kontrak yang ditandatangani di Indonesia.
leaving-now-act = Ceritakan tawaran kerjanya ke petugas Imigrasi di bandara, atau telepon call center KP2MI 0800-1000 (bebas pulsa) sekarang.
