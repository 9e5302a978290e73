# Reading job ads from images (src/ocr). Indonesian.

ocr-reading = 🔎 Sedang membaca teks di gambar…
ocr-read-intro = Saya membaca teks ini dari gambar:
ocr-no-text = Saya tidak menemukan teks yang bisa dibaca di gambar ini. Coba kirim foto yang lebih tajam dan tegak, atau salin teks iklannya ke sini.
ocr-low-confidence = Gambar ini sulit dibaca, jadi sebagian kata di atas mungkin salah baca.
ocr-phone-caveat = ⚠️ Nomor telepon yang dibaca dari gambar bisa salah baca. Cocokkan dengan gambar aslinya sebelum menghubungi atau melaporkannya.

ocr-error-empty = File gambarnya kosong. Coba kirim ulang gambarnya.
ocr-error-not-an-image = File ini bukan gambar. Kirim foto atau tangkapan layar iklannya, atau salin teksnya ke sini.
ocr-error-unsupported-format = Format gambar ini belum bisa saya baca. Kirim sebagai foto biasa (JPG, PNG atau WebP) atau tangkapan layar, atau salin teks iklannya ke sini.
ocr-error-too-large = Gambarnya terlalu besar (lebih dari { $maxMb } MB). Kirim sebagai foto biasa, bukan sebagai file, atau potong bagian iklannya saja.
ocr-error-too-many-pixels = Ukuran gambarnya terlalu besar untuk dibaca. Potong bagian iklannya saja, atau kirim sebagai foto biasa.
ocr-error-unreadable = Gambarnya rusak atau terpotong, jadi tidak bisa saya baca. Coba kirim ulang, atau salin teks iklannya ke sini.
ocr-error-timeout = Membaca gambar ini terlalu lama. Coba potong bagian iklannya saja, atau salin teksnya ke sini.
ocr-error-busy = Sedang banyak gambar yang dibaca. Coba kirim lagi sebentar lagi, atau salin teks iklannya ke sini.
ocr-error-download-failed = Gambarnya tidak bisa saya ambil dari Telegram. Coba kirim ulang sebentar lagi.
ocr-error-unavailable = Fitur membaca gambar sedang tidak berjalan. Salin teks iklannya ke sini, saya tetap bisa mengeceknya.
ocr-error-not-found = File gambar itu tidak ditemukan.
