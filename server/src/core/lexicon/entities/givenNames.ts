/**
 * Given names that news in each language writes before a surname, so a person is found without a
 * title ("عمران خان نے کہا", "राहुल गांधी ने कहा", "علی لاریجانی گفت", "Imran Khan said"). A given
 * name starts a person only when one or two more name words follow it (see entities/persons.ts).
 *
 * Curated, not complete: single words, names common in the news of Pakistan, India, Iran,
 * Afghanistan and the Gulf, and of world leaders. Left out on purpose: names that are everyday
 * words in news (Urdu/Persian عمر "age, life" as in عمر قید, امت "ummah", امیر "rich", منظور
 * "approved", شاهد "witness" as in شاهد … بودیم, نوید "good news", رجب the month, حسن "good" as
 * in حسن نیت, اعظم in وزیر اعظم, بینظیر "matchless"; Persian امید, نور, بهار, آزاد; Hindi जो
 * "which", स्मृति "memory", सीमा "border", रेखा "line", पूजा "worship", कविता "poem", शरद "autumn", अटल
 * "steadfast", विजय "victory", आशा, प्रकाश, दीपक, किरण, and deities राम, कृष्ण, शिव that name
 * temples and festivals; English Will, Mark, Bill, Grace, May, Rose, Hope, Faith, Joy, Art,
 * Summer and month names).
 */
import type { Lang } from '../../types';

/** Names Urdu and Persian share (Arabic script; folding joins their letter variants). */
const ARABIC_SCRIPT: readonly string[] = [
  'محمد', 'محمود', 'احمد', 'علی', 'عمران', 'نواز', 'شہباز', 'شهباز', 'آصف', 'بلاول', 'مریم', 'ذوالفقار',
  'پرویز', 'عبدالله', 'عبداللہ', 'عبدالرحمن', 'عبدالعزیز', 'عبدالقادر', 'عبدالستار', 'عبدالناصر', 'عبدالرضا', 'عبدالحمید', 'عبدالکریم',
  'عبدالمالک', 'عبدالغنی', 'عبدالباسط', 'عبدالحفیظ', 'عبدالعلیم', 'عبدالرشید', 'عبدالواحد', 'عبدالقدوس', 'عبدالحکیم', 'عثمان', 'خالد', 'طارق', 'فیصل',
  'فواد', 'جاوید', 'جمیل', 'کامران', 'سعید', 'رشید', 'اسد', 'بلال', 'حمزہ', 'حمزه', 'زاہد', 'زاهد', 'ندیم', 'سلمان',
  'ساجد', 'وسیم', 'یاسر', 'یاسین', 'اسحاق', 'اسحٰق', 'مصطفی', 'مصطفیٰ', 'مرتضی', 'مرتضیٰ', 'خواجہ',
  'اکرم', 'اسلم', 'افضل', 'ارشد', 'اشفاق', 'الطاف', 'انور', 'اویس', 'ایاز', 'بابر', 'تنویر', 'ثاقب', 'جہانگیر',
  'حامد', 'حسین', 'راحیل', 'رضوان', 'زبیر', 'سراج', 'شفقت', 'شوکت', 'طاہر', 'طاهر', 'ظفر', 'عارف',
  'عاصم', 'عامر', 'عرفان', 'عمار', 'غلام', 'فاروق', 'فرحان', 'قمر', 'لیاقت', 'مجید', 'مشتاق', 'نثار', 'نعیم',
  'واجد', 'وقار', 'یوسف', 'یونس', 'عائشہ', 'عایشه', 'فاطمہ', 'فاطمه', 'زینب', 'حنا', 'ملالہ', 'ملاله', 'شازیہ',
  'مسعود', 'ابراهیم', 'ابراہیم', 'حسین‌علی', 'جواد', 'رضا', 'مهدی', 'مہدی', 'عباس', 'غلامرضا', 'غلامحسین', 'حمید', 'مجید',
  'ناصر', 'کاظم', 'اسماعیل', 'علیرضا', 'محمدرضا', 'محمدجواد', 'محمدباقر', 'محمدعلی', 'سید', 'سیّد', 'روح‌الله',
  'اکبر', 'هاشمی', 'مهدی', 'بهروز', 'فرهاد', 'داوود', 'داود', 'قاسم', 'یحیی', 'صادق', 'باقر', 'هادی', 'مرضیه', 'معصومه',
  'زهرا', 'زہرا', 'اشرف', 'ہیبت اللہ', 'هبت‌الله', 'ذبیح‌الله', 'سراج‌الدین',
  'ولادیمیر', 'ڈونلڈ', 'دونالد', 'ایمانوئل', 'امانوئل', 'انتونیو', 'آنتونیو', 'بنیامین',
  'کرسٹالینا', 'کریستالینا', 'نریندر', 'نرندر', 'راہول', 'راهول', 'سونیا',
  // Given names of sport and public life in South Asian news (not فخر "pride", نسیم "breeze", شاداب "lush", افتخار "honour").
  'حارث', 'صائم', 'شاہین', 'سرفراز', 'مصباح', 'انضمام', 'شعیب', 'حفیظ', 'جنید', 'عماد', 'نیرج', 'ویرات', 'روہت', 'شبمن',
  'سعود', 'نعمان', 'اسامہ', 'اسامه', 'رمیز', 'وہاب', 'عابد', 'اظہر', 'سلیم', 'عاطف', 'شہزاد', 'شهزاد',
];

/** Names that are everyday Persian words besides (عمران "development" as in مهندسی عمران, واجد "having" as in واجد شرایط). */
const NOT_PERSIAN_NAMES: ReadonlySet<string> = new Set(['عمران', 'نواز', 'واجد']);

/** Persian given names besides (not نادر "rare", امین "trustworthy", کریم "generous", الهام "inspiration", شیرین "sweet"). */
const PERSIAN: readonly string[] = [
  'امیرحسین', 'محمدحسین', 'محمدمهدی', 'محمدحسن', 'محمدامین', 'حمیدرضا', 'علی‌اکبر', 'علی‌اصغر', 'ابوالفضل', 'مجتبی', 'محسن', 'اصغر',
  'سروش', 'رامین', 'مهرداد', 'بهزاد', 'بهرام', 'کیوان', 'فرزاد', 'فریدون', 'شهرام', 'منوچهر', 'داریوش', 'بیژن', 'سیاوش', 'کامبیز',
  'محمدهادی', 'محمدصادق', 'محمدکاظم', 'محمداسماعیل', 'امیرعلی', 'آرین', 'مهران', 'یدالله', 'عزت‌الله', 'نعمت‌الله', 'حشمت‌الله', 'فتح‌الله', 'اسکندر', 'نرگس', 'فائزه', 'لیلا', 'سارا', 'نسرین', 'طاهره',
];

/** The table: per language, the given names news writes. */
export const GIVEN_NAMES: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  ur: ARABIC_SCRIPT,
  fa: [...ARABIC_SCRIPT.filter((n) => !NOT_PERSIAN_NAMES.has(n)), ...PERSIAN],
  hi: [
    'नरेंद्र', 'नरेन्द्र', 'राहुल', 'अमित', 'राजनाथ', 'अरविंद', 'अरविन्द', 'नीतीश', 'नितीश', 'ममता', 'योगी', 'अखिलेश', 'सोनिया',
    'प्रियंका', 'निर्मला', 'संजय', 'राजेश', 'सुरेश', 'रमेश', 'महेश', 'अनिल', 'सुनील', 'अजय', 'रवि', 'मोहन', 'सचिन', 'विराट',
    'रोहित', 'मनमोहन', 'लालू', 'तेजस्वी', 'उद्धव', 'देवेंद्र', 'एकनाथ', 'शिवराज', 'अशोक', 'भूपेश', 'हेमंत',
    'जयशंकर', 'पीयूष', 'ज्योतिरादित्य', 'नितिन', 'मल्लिकार्जुन', 'असदुद्दीन', 'उमर', 'महबूबा', 'फारूक', 'फ़ारूक़',
    'मोहम्मद', 'मुहम्मद', 'अहमद', 'अली', 'इमरान', 'नवाज़', 'नवाज', 'शहबाज़', 'शहबाज', 'आसिफ़', 'आसिफ', 'बिलावल', 'मरियम',
    'परवेज़', 'परवेज', 'अब्दुल', 'अब्दुल्ला', 'सुब्रमण्यम', 'वेंकटेश', 'चंद्रबाबू', 'जगन', 'रेवंत', 'सिद्धारमैया',
    'पिनाराई', 'स्टालिन', 'भगवंत', 'पुष्कर', 'हिमंत', 'मनोज', 'विनोद', 'दिनेश', 'राकेश', 'मुकेश', 'गौतम', 'रतन',
    'सुनीता', 'अनीता', 'प्रिया', 'नेहा', 'मीरा', 'सुषमा', 'वसुंधरा', 'द्रौपदी', 'जगदीप',
    'शुभम', 'सुब्रत', 'प्राची', 'अश्विनी', 'जगदीश', 'उमंग', 'सुखविंदर', 'अजित', 'राजीव', 'संदीप', 'प्रदीप', 'कुलदीप', 'अभिषेक',
    'आदित्य', 'अनुराग', 'धर्मेंद्र', 'सुभाष', 'रवींद्र', 'जया', 'शंकर',
    'व्लादिमीर', 'डोनाल्ड', 'इमैनुएल', 'एंटोनियो', 'बेंजामिन', 'क्रिस्टालिना', 'मसूद', 'अब्बास',
    // Given names of sport in Indian news (not यशस्वी "glorious", हार्दिक "heartfelt", साक्षी "witness", मनु the lawgiver).
    'शुभमन', 'ऋषभ', 'सूर्यकुमार', 'जसप्रीत', 'नीरज', 'अरशद', 'सरबजोत', 'मिताली', 'हरमनप्रीत', 'विनेश', 'बाबर', 'शाहीन', 'डेविड', 'स्टीव',
    'मिचेल', 'पैट', 'डेरिल', 'हर्षल', 'ट्रेविस', 'ग्लेन', 'अनन्या',
    // Given names of film and business news (not राजकुमार "prince", आमिर "rich").
    'अल्लू', 'वरुण', 'तरण', 'शाहरुख', 'सलमान', 'अक्षय', 'रणबीर', 'रणवीर', 'श्रद्धा', 'कार्तिक', 'आलिया', 'करीना', 'कियारा', 'विक्की', 'अनुज', 'रितेश', 'श्रेयस', 'हार्दिक', 'युजवेंद्र', 'अर्शदीप',
  ],
  en: [
    'Muhammad', 'Mohammad', 'Mohammed', 'Mohamed', 'Ahmed', 'Ahmad', 'Ali', 'Imran', 'Nawaz', 'Shehbaz', 'Shahbaz', 'Asif', 'Bilawal',
    'Maryam', 'Benazir', 'Zulfikar', 'Pervez', 'Abdul', 'Abdullah', 'Omar', 'Umar', 'Usman', 'Khalid', 'Tariq', 'Faisal', 'Fawad',
    'Javed', 'Jamil', 'Jameel', 'Kamran', 'Saeed', 'Rashid', 'Asad', 'Bilal', 'Hamza', 'Zahid', 'Nadeem', 'Naveed', 'Salman',
    'Shahid', 'Sajid', 'Waseem', 'Yasir', 'Ishaq', 'Mustafa', 'Murtaza', 'Khawaja', 'Azam', 'Akram', 'Aslam', 'Afzal', 'Arshad',
    'Altaf', 'Anwar', 'Ayaz', 'Babar', 'Tanveer', 'Jahangir', 'Hamid', 'Hussain', 'Hussein', 'Hassan', 'Hasan', 'Raheel', 'Rizwan',
    'Zubair', 'Shaukat', 'Tahir', 'Zafar', 'Arif', 'Asim', 'Aamir', 'Amir', 'Irfan', 'Ghulam', 'Farooq', 'Qamar', 'Liaquat',
    'Majid', 'Mushtaq', 'Nisar', 'Naeem', 'Yousuf', 'Yusuf', 'Younis', 'Ayesha', 'Fatima', 'Zainab', 'Shireen', 'Hina', 'Malala',
    'Masoud', 'Ebrahim', 'Ibrahim', 'Javad', 'Reza', 'Mehdi', 'Abbas', 'Gholamreza', 'Nasser', 'Kazem', 'Esmaeil', 'Alireza',
    'Mohammadreza', 'Ruhollah', 'Akbar', 'Hossein', 'Behrouz', 'Farhad', 'Davoud', 'Qasem', 'Sadegh', 'Hadi', 'Zahra', 'Ashraf',
    'Hamid', 'Haibatullah', 'Zabihullah', 'Sirajuddin', 'Narendra', 'Rahul', 'Amit', 'Rajnath', 'Arvind', 'Nitish', 'Mamata',
    'Yogi', 'Akhilesh', 'Sonia', 'Priyanka', 'Nirmala', 'Sanjay', 'Rajesh', 'Suresh', 'Ramesh', 'Mahesh', 'Anil', 'Sunil', 'Ajay',
    'Ravi', 'Mohan', 'Sachin', 'Virat', 'Rohit', 'Manmohan', 'Lalu', 'Tejashwi', 'Sharad', 'Uddhav', 'Devendra', 'Eknath',
    'Shivraj', 'Ashok', 'Hemant', 'Piyush', 'Smriti', 'Jyotiraditya', 'Nitin', 'Mallikarjun', 'Asaduddin', 'Mehbooba', 'Farooq',
    'Subrahmanyam', 'Chandrababu', 'Revanth', 'Pinarayi', 'Bhagwant', 'Pushkar', 'Himanta', 'Manoj', 'Vinod', 'Dinesh', 'Rakesh',
    'Mukesh', 'Gautam', 'Ratan', 'Sunita', 'Anita', 'Priya', 'Neha', 'Kavita', 'Seema', 'Rekha', 'Meera', 'Sushma', 'Vasundhara',
    'Droupadi', 'Jagdeep', 'Shubham', 'Subrata', 'Prachi', 'Ashwini', 'Jagdish', 'Sukhvinder', 'Sukhwinder', 'Ajit', 'Rajeev', 'Rajiv',
    'Sandeep', 'Pradeep', 'Kuldeep', 'Abhishek', 'Aditya', 'Anurag', 'Dharmendra', 'Subhash', 'Ravindra', 'Jaya', 'Shankar', 'Vladimir', 'Donald', 'Joe', 'Emmanuel', 'Antonio', 'Benjamin', 'Kristalina', 'Recep', 'Keir', 'Olaf',
    'Justin', 'Rishi', 'Boris', 'Xi', 'Kamala', 'Hillary', 'Barack', 'Angela', 'Ursula', 'Volodymyr', 'Sergei', 'Sergey', 'Marco',
    'Antony', 'Anthony', 'John', 'David', 'Michael', 'James', 'Robert', 'William', 'Richard', 'Thomas', 'Charles', 'Elon', 'Jeff',
    'Sundar', 'Satya', 'Tim', 'Mary', 'Elizabeth', 'Sarah', 'Catherine', 'Jennifer', 'Maria', 'Anna',
    // Common given names of British, American and European news (not everyday words: no Mark, Frank, Will, May, Bill, Grace, Hope).
    'Nigel', 'Gordon', 'Rachel', 'Martin', 'Marjorie', 'Mike', 'Keith', 'Peter', 'Paul', 'Andrew', 'Stephen', 'Steven', 'Simon',
    'Jonathan', 'George', 'Edward', 'Henry', 'Harry', 'Daniel', 'Matthew', 'Christopher', 'Patrick', 'Kevin', 'Brian', 'Alan',
    'Alexander', 'Nicholas', 'Samuel', 'Joseph', 'Jason', 'Scott', 'Eric', 'Gary', 'Gregory', 'Ian', 'Jeremy', 'Jacob', 'Liz',
    'Theresa', 'Nicola', 'Kate', 'Laura', 'Lisa', 'Karen', 'Nancy', 'Susan', 'Emily', 'Emma', 'Olivia', 'Sophie', 'Claire',
    'Helen', 'Julia', 'Victoria', 'Christine', 'Margaret', 'Jean', 'Pierre', 'Francois', 'Friedrich', 'Giorgia', 'Pedro',
    'Luiz', 'Javier', 'Carlos', 'Tedros', 'Inger', 'Jens', 'Mette', 'Kaja', 'Josep', 'Nikki', 'Ron', 'Mitch', 'Phil', 'Arsene', 'Erling', 'Pep', 'Hans', 'Regina', 'Bushra',
    // South Asian given names of sport, politics and public life, in Latin script (not Sheikh, a title; not Sana, Sanaa; not Trent, Trent Bridge).
    'Abrar', 'Manish', 'Ganesh', 'Vikas', 'Vikram', 'Anand', 'Harish', 'Girish', 'Nilesh', 'Hardik', 'Jasprit',
    'Shubman', 'Rishabh', 'Suryakumar', 'Yashasvi', 'Shaheen', 'Naseem', 'Haris', 'Fakhar', 'Saim', 'Shadab',
    'Sarfaraz', 'Azhar', 'Misbah', 'Inzamam', 'Wasim', 'Waqar', 'Shoaib', 'Hafeez', 'Junaid', 'Imad', 'Iftikhar',
    'Mitchell', 'Kane', 'Glenn', 'Travis', 'Steve', 'Jos', 'Tom', 'Matt', 'Daryl', 'Devon', 'Rachin', 'Heinrich', 'Temba', 'Quinton', 'Kagiso', 'Kamrul', 'Khadga', 'Pankaj', 'Alok', 'Arun', 'Tarun',
    'Varun', 'Gaurav', 'Saurabh', 'Rohan', 'Karan', 'Arjun', 'Kunal', 'Neeraj', 'Anupriya', 'Ritu', 'Pooja', 'Deepika',
    'Mithali', 'Harmanpreet', 'Smita', 'Shabana', 'Nasreen', 'Rubina', 'Samina', 'Farah', 'Saima', 'Nadia', 'Amna',
    'Asma', 'Ahsan', 'Rana', 'Chaudhry', 'Chaudhary', 'Pervaiz', 'Moonis', 'Murad', 'Sharjeel', 'Saqib', 'Mohsin',
    'Luis', 'Arne', 'Aleem', 'Hammad', 'Atta', 'Talal', 'Marriyum', 'Yasmin', 'Masood', 'Mansoor', 'Mansour', 'Tauseef', 'Kashif',
    'Adnan', 'Imtiaz', 'Ejaz', 'Ijaz', 'Faheem', 'Sahir', 'Omer', 'Owais', 'Uzair',
    // Football's transfer news.
    // Film and business news (not Shah, also a surname before a given name).
    'Shraddha', 'Rajkummar', 'Rajkumar', 'Ranbir', 'Ranveer', 'Akshay', 'Aamir', 'Allu', 'Kartik', 'Alia', 'Kareena', 'Shahrukh', 'Taran', 'Anuj', 'Ritesh',
    'Enzo', 'Moisés', 'Moises', 'Todd', 'Alexis', 'Roberto', 'Declan', 'Jude', 'Kylian', 'Lionel', 'Cristiano', 'Virgil', 'Bukayo', 'Darwin',
  ],
};
