# Knowledge base: article footer, search verdicts, topics menu, feedback.

knowledge-sources-heading = Sumber
knowledge-reviewed = Ditinjau { $date }
knowledge-more-sources = dan { $count } sumber lain di artikel lengkap
knowledge-section-of-article = Ini bagian artikel yang menjawab pertanyaanmu. Tekan "Baca artikel lengkap" untuk seluruhnya.
knowledge-read-whole = 📄 Baca artikel lengkap
knowledge-overview-hint = Artikel ini panjang. Pilih bagian yang kamu perlukan di bawah, atau baca semuanya.
knowledge-same-article = Jawabannya ada di artikel yang baru saya kirim di atas (“{ $title }”). Kalau bagian yang kamu cari belum ada, tulis pertanyaanmu dengan beberapa kata lagi, atau buka lagi artikelnya di bawah.
knowledge-related-heading = Baca juga
knowledge-not-sure = Saya belum yakin artikel mana yang menjawab pertanyaanmu. Mungkin salah satu ini:
knowledge-not-sure-likeliest = Saya belum yakin artikel mana yang menjawab pertanyaanmu. Yang paling mungkin:
knowledge-not-sure-others = Tekan judulnya untuk membaca, atau pilih yang lain di bawah.
knowledge-not-found =
    Maaf, saya belum punya jawaban untuk itu. Pertanyaanmu saya catat (tanpa nama atau nomor) supaya tim bisa menambah artikel.
    Coba tulis dengan kata lain, atau buka /topik.
knowledge-out-of-scope =
    Maaf, saya hanya membantu soal kerja ke luar negeri dengan aman: cek tawaran kerja dan agen, biaya, visa dan paspor, penipuan online, perdagangan orang, dan cara minta tolong atau melapor.
    Tulis pertanyaanmu tentang itu, kirim iklan lowongan untuk dicek, atau buka /topik.
knowledge-topics-title = Pilih topik:
knowledge-category-job-offers = Tawaran kerja & agen
knowledge-category-visas-documents = Visa & dokumen
knowledge-category-safety-abroad = Aman di luar negeri
knowledge-category-getting-help = Minta tolong & lapor
knowledge-category-about = Tentang bot ini
knowledge-feedback-question = Apakah jawaban ini membantu?
knowledge-feedback-up = 👍 Membantu
knowledge-feedback-down = 👎 Tidak membantu
knowledge-feedback-thanks = Terima kasih, masukanmu kami catat.
knowledge-verdict-confident = Jawaban
knowledge-verdict-unsure = Belum yakin, mungkin:
knowledge-verdict-out-of-scope = Di luar topik bot ini
knowledge-article-missing = Artikel itu tidak ditemukan.
# "klo hongkong?" with no article before it. { $place } is the user's own words for the place.
knowledge-place-topics = Soal { $place }, mau tahu yang mana? Pilih di bawah, atau tulis pertanyaanmu lebih lengkap (misalnya: "cara kerja resmi ke { $place }").
knowledge-place-query = kerja resmi di
knowledge-place-contacts = 📞 Kontak resmi untuk WNI di sana
