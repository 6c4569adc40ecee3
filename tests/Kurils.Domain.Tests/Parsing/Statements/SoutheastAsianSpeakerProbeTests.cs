using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Who said it in news copy of Vietnamese (VnExpress, Tuổi Trẻ, VietnamPlus style) and Indonesian (Antara, Kompas, Tempo style): quotations before and after their speaker, titles with names, roles and
/// pronouns for someone named before, institutions, agencies citing a person, people the catalog lacks, reported speech
/// with its markers. Written for the tests; each is checked by <see cref="AsiaProbes.Check"/>.
/// </summary>
public sealed class SoutheastAsianSpeakerProbeTests
{
    [Theory]
    [InlineData("vi", "Ngoại trưởng Nga Sergei Lavrov cho biết Moskva không có kế hoạch đàm phán về quần đảo Kuril với Tokyo.", "không có kế hoạch", "reported", "lavrov-sergey")]
    [InlineData("vi", "\"Chủ quyền của Nga đối với quần đảo Kuril là không thể bàn cãi\", người phát ngôn Bộ Ngoại giao Nga Maria Zakharova nhấn mạnh.", "không thể bàn cãi", "direct", "zakharova-maria")]
    [InlineData("vi", "Thủ tướng Nhật Bản Fumio Kishida phát biểu tại Quốc hội rằng Nhật Bản sẽ kiên trì đàm phán để giải quyết vấn đề lãnh thổ.", "kiên trì đàm phán", "reported", "kishida-fumio")]
    [InlineData("vi", "Theo hãng thông tấn TASS, người phát ngôn Điện Kremlin Dmitry Peskov nói rằng Nga sẽ không thảo luận về chủ quyền các đảo.", "không thảo luận", "reported", "peskov-dmitry")]
    [InlineData("vi", "Ngoại trưởng Nga Sergei Lavrov gặp báo giới hôm thứ Ba. Ông Lavrov nhấn mạnh: \"Chính sách của Nhật Bản khiến đàm phán hòa bình là không thể\".", "Chính sách của Nhật Bản", "direct", "lavrov-sergey")]
    [InlineData("vi", "Tổng thống Nga Vladimir Putin hôm 5/6 gặp lãnh đạo các hãng thông tấn quốc tế. Ông nói: \"Chúng tôi sẵn sàng đối thoại nếu Nhật Bản thay đổi lập trường\".", "sẵn sàng đối thoại", "direct", "putin-vladimir")]
    [InlineData("vi", "Ông Nguyễn Văn Minh, chuyên gia về Nhật Bản tại Viện Nghiên cứu Đông Bắc Á, cho rằng quan hệ Nga - Nhật khó cải thiện trong ngắn hạn.", "khó cải thiện", "reported", "@Nguyễn Văn Minh")]
    [InlineData("vi", "Bộ Ngoại giao Nhật Bản cho biết đã gửi công hàm phản đối tới phía Nga.", "công hàm", "reported", "foreign-ministry-japan")]
    [InlineData("vi", "\"Nhật Bản sẽ không bao giờ từ bỏ các vùng lãnh thổ phương Bắc\", Chánh Văn phòng Nội các Nhật Bản Yoshimasa Hayashi tuyên bố.", "không bao giờ từ bỏ", "direct", "hayashi-yoshimasa")]
    [InlineData("vi", "Người phát ngôn Bộ Ngoại giao Nga Maria Zakharova hôm 9/6 trả lời báo chí. Bà Zakharova cho rằng Tokyo đang đi theo chính sách của Washington.", "chính sách của Washington", "reported", "zakharova-maria")]
    [InlineData("vi", "Bộ trưởng Ngoại giao Nhật Bản Yoko Kamikawa nói rằng Tokyo đã phản đối mạnh mẽ. Trong khi đó, ông Peskov khẳng định các đảo là lãnh thổ Nga.", "phản đối mạnh mẽ", "reported", "kamikawa-yoko")]
    [InlineData("vi", "Bộ trưởng Ngoại giao Nhật Bản Yoko Kamikawa nói rằng Tokyo đã phản đối mạnh mẽ. Trong khi đó, ông Peskov khẳng định các đảo là lãnh thổ Nga.", "lãnh thổ Nga", "reported", "peskov-dmitry")]
    [InlineData("vi", "Bà Kamikawa phát biểu: \"Hành động của Nga là hoàn toàn không thể chấp nhận được\".", "không thể chấp nhận", "direct", "kamikawa-yoko")]
    [InlineData("vi", "Thủ tướng Kishida cho rằng quan hệ Nhật - Nga đang ở giai đoạn khó khăn.", "giai đoạn khó khăn", "reported", "kishida-fumio")]
    [InlineData("id", "Menteri Luar Negeri Rusia Sergei Lavrov mengatakan bahwa perundingan perjanjian damai dengan Jepang tidak mungkin dilanjutkan.", "tidak mungkin dilanjutkan", "reported", "lavrov-sergey")]
    [InlineData("id", "\"Jepang tidak akan pernah melepaskan klaimnya atas Wilayah Utara,\" ujar Kepala Sekretaris Kabinet Yoshimasa Hayashi.", "melepaskan klaimnya", "direct", "hayashi-yoshimasa")]
    [InlineData("id", "Menurut Peskov, Rusia tidak akan membahas kedaulatan pulau-pulau tersebut.", "membahas kedaulatan", "reported", "peskov-dmitry")]
    [InlineData("id", "Perdana Menteri Jepang Fumio Kishida menegaskan bahwa Tokyo akan terus berupaya menyelesaikan sengketa wilayah.", "terus berupaya", "reported", "kishida-fumio")]
    [InlineData("id", "\"Kami ingin kembali ke pulau kelahiran kami,\" ungkap Hiroshi Tanaka, seorang mantan penduduk Pulau Etorofu.", "pulau kelahiran", "direct", "@Hiroshi Tanaka")]
    [InlineData("id", "\"Kami sudah menyampaikan protes. Posisi Jepang tidak berubah,\" kata Hayashi dalam konferensi pers.", "Posisi Jepang", "direct", "hayashi-yoshimasa")]
    [InlineData("id", "Zakharova mengatakan, \"Kedaulatan Rusia atas Kuril tidak dapat diganggu gugat.\"", "diganggu gugat", "direct", "zakharova-maria")]
    [InlineData("id", "Menteri Luar Negeri Jepang Yoko Kamikawa bertemu wartawan di Tokyo pada Selasa. Menteri itu mengatakan Jepang telah menyampaikan protes kepada Moskow.", "protes kepada Moskow", "reported", "kamikawa-yoko")]
    [InlineData("id", "Juru bicara Kementerian Luar Negeri China Mao Ning mengatakan bahwa China berharap kedua negara menyelesaikan perselisihan melalui dialog.", "melalui dialog", "reported", "@Mao Ning")]
    [InlineData("id", "Putin mengatakan, seperti dikutip kantor berita TASS, bahwa Rusia siap berdialog dengan Jepang.", "siap berdialog", "reported", "putin-vladimir")]
    public void TheStatement_HasTheSpeakerACarefulReaderGives(string language, string line, string word, string kind, string speaker) =>
        AsiaProbes.Check(language, line, word, kind, speaker);
}
